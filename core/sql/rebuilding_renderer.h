#pragma once

#include "core/sql/sql_renderer.h"

namespace ss {

// A dialect that alters little in place (SQLite, DuckDB): every table with an operation it cannot run in place
// is rebuilt once, at that table's last operation, inside the migration's transaction: a new table is created
// under a temporary name, the rows are copied, the old table dropped and the new one renamed.
class RebuildingRenderer : public SqlRenderer {
public:
    using SqlRenderer::SqlRenderer;

    Migration render(const Plan& plan) const override;

    // The statements that rebuild `alteration.current` into `alteration.target`, indexes included.
    std::vector<std::string> rebuildStatements(const TableAlteration& alteration) const;
    // The statements that rebuild the alterations `rebuilt` (indexes into plan.alteredTables): by default one
    // table after the other.
    virtual std::vector<std::string> rebuildStatements(const Plan& plan, const std::vector<std::size_t>& rebuilt) const;

protected:
    // ALTER TABLE ... RENAME TO; through the rebuild's temporary name when the names differ in case only,
    // which SQLite refuses as the name of a table that exists.
    std::vector<std::string> renameTableStatements(const std::string& from, const std::string& to) const;
    virtual bool altersInPlace(const Operation& op, const TableAlteration& alteration) const = 0;
    // An operation that runs in place: its statements or a note.
    virtual void renderInPlace(const Plan& plan, int index, Migration& out) const = 0;
    // Statements the dialect needs around a migration that has any (SQLite's foreign-key switch).
    virtual void frame(Migration& out) const;
    virtual const char* productName() const = 0;
    // True: all the tables of a plan are rebuilt together, at the last of their operations (DuckDB, where a
    // table cannot be dropped while another references it).
    virtual bool rebuildsTogether() const { return false; }
};

}  // namespace ss
