#include "core/plan/change_summary.h"

#include <array>
#include <set>

namespace ss {

namespace {

enum Verb { Added, Dropped, Renamed, Changed, VerbCount };
enum Group { Types, Functions, Tables, Columns, PrimaryKeys, Indexes, Constraints, Views, Descriptions, GroupCount };

struct Noun {
    const char* singular;
    const char* plural;
};

constexpr std::array<Noun, GroupCount> kNouns = {{{"type", "types"},
                                                  {"function", "functions"},
                                                  {"table", "tables"},
                                                  {"column", "columns"},
                                                  {"primary key", "primary keys"},
                                                  {"index", "indexes"},
                                                  {"constraint", "constraints"},
                                                  {"view", "views"},
                                                  {"description", "descriptions"}}};
constexpr std::array<const char*, VerbCount> kVerbs = {"added", "dropped", "renamed", "changed"};

struct Counts {
    std::array<std::array<int, VerbCount>, GroupCount> n{};
    std::set<std::pair<std::string, std::string>> changedColumns;  // several alterations of one column count once
    std::set<std::string> changedTypes;                            // so do several values added to one enum

    void count(const Operation& op)
    {
        switch (op.kind) {
        case OpKind::CreateTable: ++n[Tables][Added]; break;
        case OpKind::DropTable: ++n[Tables][Dropped]; break;
        case OpKind::RenameTable: ++n[Tables][Renamed]; break;
        case OpKind::AddColumn: ++n[Columns][Added]; break;
        case OpKind::DropColumn: ++n[Columns][Dropped]; break;
        case OpKind::RenameColumn: ++n[Columns][Renamed]; break;
        case OpKind::AlterColumnType:
        case OpKind::AlterColumnNullability:
        case OpKind::AlterColumnDefault: changedColumns.emplace(op.table, op.after.name); break;
        case OpKind::AlterPrimaryKey: ++n[PrimaryKeys][Changed]; break;
        case OpKind::CommentTable:
        case OpKind::CommentColumn: ++n[Descriptions][Changed]; break;
        case OpKind::AddIndex:
            if (!op.onNewTable) ++n[Indexes][Added];
            break;
        case OpKind::DropIndex: ++n[Indexes][Dropped]; break;
        case OpKind::AddUnique:
        case OpKind::AddCheck:
        case OpKind::AddForeignKey:
            if (!op.onNewTable) ++n[Constraints][Added];
            break;
        case OpKind::DropUnique:
        case OpKind::DropCheck:
        case OpKind::DropForeignKey:
            if (!op.onDroppedTable) ++n[Constraints][Dropped];
            break;
        case OpKind::CreateView:
            if (!op.dependencyRebuild) ++n[Views][Added];
            break;
        case OpKind::DropView:
            if (!op.dependencyRebuild) ++n[Views][Dropped];
            break;
        case OpKind::ReplaceView: ++n[Views][Changed]; break;
        case OpKind::CreateType: ++n[Types][Added]; break;
        case OpKind::DropType: ++n[Types][Dropped]; break;
        case OpKind::AddEnumValue:
        case OpKind::ReplaceType: changedTypes.insert(op.type.name); break;
        case OpKind::CommentType: ++n[Descriptions][Changed]; break;
        case OpKind::CreateFunction: ++n[Functions][Added]; break;
        case OpKind::ReplaceFunction: ++n[Functions][Changed]; break;
        case OpKind::DropFunction: ++n[Functions][Dropped]; break;
        }
    }
};

}  // namespace

std::string describeChanges(const Plan& plan)
{
    Counts counts;
    for (const Operation& op : plan.operations) counts.count(op);
    counts.n[Columns][Changed] = static_cast<int>(counts.changedColumns.size());
    counts.n[Types][Changed] = static_cast<int>(counts.changedTypes.size());

    std::string out;
    for (int group = 0; group < GroupCount; ++group) {
        bool named = false;
        for (int verb = 0; verb < VerbCount; ++verb) {
            const int n = counts.n[group][verb];
            if (n == 0) continue;
            out += out.empty() ? "" : ", ";
            out += std::to_string(n) + " ";
            if (!named) out += std::string(n == 1 ? kNouns[group].singular : kNouns[group].plural) + " ";
            out += kVerbs[verb];
            named = true;
        }
    }
    return out.empty() ? "no changes" : out;
}

}  // namespace ss
