#include "core/evolve/proposal_preview.h"

#include "core/sql/lower_types.h"
#include "core/sql/migration.h"
#include "core/sql/migration_file.h"

#include <QJsonArray>

#include <set>

namespace ss::evolve {

namespace {

const Proposal* findProposal(const std::vector<Proposal>& all, const std::string& id)
{
    for (const Proposal& p : all)
        if (p.id == id)
            return &p;
    return nullptr;
}

void addDependencies(SchemaModel& model, const Proposal& proposal, const std::vector<Proposal>& all, std::set<std::string>& added)
{
    for (const std::string& id : proposal.dependsOn) {
        const Proposal* dependency = findProposal(all, id);
        if (!dependency || dependency->status == ProposalStatus::Implemented || !added.insert(id).second)
            continue;
        addDependencies(model, *dependency, all, added);
        addChange(model, dependency->change);
    }
}

}  // namespace

void previewProposal(Proposal& proposal, const SchemaModel& current, const std::vector<Proposal>& all, Dialect dialect)
{
    SchemaModel before = current;
    std::set<std::string> added;
    addDependencies(before, proposal, all, added);
    SchemaModel after = before;
    proposal.dialect = toString(dialect);
    if (std::string error = addChange(after, proposal.change); !error.empty()) {
        proposal.sqlPreview.clear();
        proposal.impact = QJsonObject{{QStringLiteral("error"), QString::fromStdString(error)}};
        return;
    }
    const Plan plan = diffFor(before, after, dialect);
    const Migration migration = renderMigration(plan, dialect);
    std::string sql;
    for (const Statement& statement : migration.statements)
        sql += statement.sql + ";\n";
    proposal.sqlPreview = sql;
    proposal.impact = planJson(plan, migration);
    if (!added.empty()) {
        QJsonArray after;
        for (const std::string& id : added)
            after.append(QString::fromStdString(id));
        proposal.impact.insert(QStringLiteral("after"), after);
    }
}

}  // namespace ss::evolve
