#pragma once

#include "core/spec/schema_model.h"

#include <string>
#include <utility>
#include <vector>

namespace ss {

// One step of a migration. Kinds are listed in the order the planner's phases use them.
enum class OpKind {
    DropView,
    DropForeignKey,
    DropIndex,
    DropUnique,
    DropCheck,
    DropTable,
    CreateType,
    AddEnumValue,
    ReplaceType,
    CommentType,
    CreateFunction,
    ReplaceFunction,
    RenameTable,
    RenameColumn,
    AddColumn,
    AlterColumnType,
    AlterColumnNullability,
    AlterColumnDefault,
    AlterPrimaryKey,
    DropColumn,
    CommentTable,
    CommentColumn,
    CreateTable,
    AddIndex,
    AddUnique,
    AddCheck,
    AddForeignKey,
    CreateView,
    ReplaceView,
    DropFunction,
    DropType,
};

enum class RiskLevel { Safe, Medium, High };

// Why an operation carries risk: the rule's stable code (DS101, MF103, ...), its level and a sentence a
// reviewer can act on.
struct RiskFinding {
    std::string code;
    RiskLevel level = RiskLevel::Safe;
    std::string message;

    friend bool operator==(const RiskFinding&, const RiskFinding&) = default;
};

// What an operation acts on. Only the members its kind needs are filled: `before` holds the current
// state (what a drop or an alteration removes), `after` the target state.
struct Operation {
    OpKind kind = OpKind::CreateTable;
    std::string table;     // the table (or view) as it is named when the operation runs
    std::string schema;    // the table's PostgreSQL schema; empty: the connection's current schema
    std::string oldName;   // renames: the name before
    Table tableDef;        // create/drop table: the whole table
    Column before;         // column operations
    Column after;
    Index index;
    UniqueConstraint unique;
    CheckConstraint check;
    ForeignKey foreignKey;
    std::vector<std::string> primaryKeyBefore;
    std::vector<std::string> primaryKeyAfter;
    View view;
    UserType type;        // type operations: the type as the target has it (as the current has it for DropType)
    UserType typeBefore;  // ReplaceType, AddEnumValue: the type as the current has it
    std::vector<std::pair<std::string, Column>> typeColumns;  // ReplaceType: the columns using it, by table
    std::string enumValue;       // AddEnumValue: the new label
    std::string enumValueAfter;  // AddEnumValue: the label it follows; empty: it goes first
    SqlFunction function;        // function operations: as the target has it (as the current has it for DropFunction)
    std::vector<std::string> deferredForeignKeys;  // create table: FKs added later by AddForeignKey (cycles)
    bool onNewTable = false;      // AddIndex/AddForeignKey on a table this plan creates
    bool dependencyRebuild = false;  // view dropped or created only because something it reads changes
    bool onDroppedTable = false;  // DropForeignKey breaking a cycle between tables this plan drops
    int alteration = -1;          // index into Plan::alteredTables for operations on a table that stays
    std::vector<RiskFinding> risks;

    RiskLevel risk() const;       // the highest level among the findings (Safe when there are none)
    std::string describe() const; // one line: "add column dim_company.region VARCHAR(40) NOT NULL"
};

const char* toString(OpKind kind);     // "add_column", "drop_table", ...
bool isTypeOperation(OpKind kind);     // CreateType, AddEnumValue, ReplaceType, CommentType, DropType
bool isFunctionOperation(OpKind kind); // CreateFunction, ReplaceFunction, DropFunction
const char* toString(RiskLevel level); // "safe", "medium", "high"
bool parseRiskLevel(const std::string& text, RiskLevel& level);

}  // namespace ss
