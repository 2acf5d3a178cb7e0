#include "core/sql/rebuilding_renderer.h"

#include "core/plan/name_matching.h"
#include "core/plan/object_names.h"
#include "core/sql/sql_template.h"

#include <algorithm>

namespace ss {

namespace {

// {table}: unquoted name of the new table while it is built.
constexpr std::string_view kTempName = "_dbx_new_{table}";
constexpr std::string_view kCopyRows = "INSERT INTO {new_table} ({columns})\n  SELECT {sources} FROM {table}";
constexpr std::string_view kDropOld = "DROP TABLE {table}";
constexpr std::string_view kRenameNew = "ALTER TABLE {new_table} RENAME TO {table}";

std::string temporaryName(const std::string& table)
{
    return fillTemplate(kTempName, {{"table", table}});
}

}  // namespace

std::vector<std::string> RebuildingRenderer::renameTableStatements(const std::string& from, const std::string& to) const
{
    if (!equalsIgnoreCase(from, to))
        return {fillTemplate(m_t.renameTable, {{"old", quote(from)}, {"table", quote(to)}})};
    const std::string temp = quote(temporaryName(to));
    return {fillTemplate(m_t.renameTable, {{"old", quote(from)}, {"table", temp}}),
            fillTemplate(m_t.renameTable, {{"old", temp}, {"table", quote(to)}})};
}

std::vector<std::string> RebuildingRenderer::rebuildStatements(const TableAlteration& alteration) const
{
    const Table& target = alteration.target;
    const std::string temp = temporaryName(target.name);
    std::vector<std::string> out;
    // A renamed table is renamed in place first: that rewrites the references other tables hold to it, which
    // the rebuild's own DROP and RENAME would leave pointing at the old name.
    std::string source = alteration.current.name;
    if (source != target.name) {
        for (auto& s : renameTableStatements(source, target.name))
            out.push_back(std::move(s));
        source = target.name;
    }
    out.push_back(createTableStatement(target, {}, temp));

    std::string columns;
    std::string sources;
    for (const auto& pair : matchColumns(alteration.current, target)) {
        if (!pair.current || !pair.target)
            continue;
        columns += (columns.empty() ? "" : ", ") + quote(pair.target->name);
        sources += (sources.empty() ? "" : ", ") + quote(pair.current->name);
    }
    if (!columns.empty())
        out.push_back(fillTemplate(kCopyRows, {{"new_table", quote(temp)},
                                               {"columns", columns},
                                               {"sources", sources},
                                               {"table", quote(source)}}));
    out.push_back(fillTemplate(kDropOld, {{"table", quote(source)}}));
    out.push_back(fillTemplate(kRenameNew, {{"new_table", quote(temp)}, {"table", quote(target.name)}}));
    for (const auto& ix : namedIndexes(target))
        out.push_back(createIndexStatement(target.schema, target.name, ix));
    for (auto& s : commentStatements(target))
        out.push_back(std::move(s));
    return out;
}

std::vector<std::string> RebuildingRenderer::rebuildStatements(const Plan& plan, const std::vector<std::size_t>& rebuilt) const
{
    std::vector<std::string> out;
    for (std::size_t a : rebuilt)
        for (auto& s : rebuildStatements(plan.alteredTables[a]))
            out.push_back(std::move(s));
    return out;
}

void RebuildingRenderer::frame(Migration&) const {}

Migration RebuildingRenderer::render(const Plan& plan) const
{
    Migration m;
    m.dialect = dialect();
    m.transactional = true;
    m.notes.resize(plan.operations.size());

    const std::size_t alterations = plan.alteredTables.size();
    std::vector<bool> rebuild(alterations, false);
    std::vector<int> last(alterations, -1);
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        if (op.alteration < 0)
            continue;
        const auto a = static_cast<std::size_t>(op.alteration);
        last[a] = static_cast<int>(i);
        rebuild[a] = rebuild[a] || !altersInPlace(op, plan.alteredTables[a]);
    }

    // Together: every rebuilt table at the last operation of any of them.
    std::vector<std::size_t> together;
    if (rebuildsTogether()) {
        int at = -1;
        for (std::size_t a = 0; a < alterations; ++a)
            if (rebuild[a]) {
                together.push_back(a);
                at = std::max(at, last[a]);
            }
        for (std::size_t a : together)
            last[a] = at;
    }

    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        const int index = static_cast<int>(i);
        if (op.alteration >= 0 && rebuild[static_cast<std::size_t>(op.alteration)]) {
            const auto a = static_cast<std::size_t>(op.alteration);
            const std::string& name = plan.alteredTables[a].target.name;
            if (last[a] != index) {
                m.notes[i] = "done by the rebuild of " + name + " at step " + std::to_string(last[a] + 1);
            } else if (together.empty()) {
                for (auto& s : rebuildStatements(plan.alteredTables[a]))
                    emit(m, index, std::move(s));
                m.notes[i] = std::string(productName()) + " cannot make every change to " + name + " in place: the table is rebuilt";
            } else {
                for (auto& s : rebuildStatements(plan, together))
                    emit(m, index, std::move(s));
                std::string names;
                for (std::size_t t : together)
                    names += (names.empty() ? "" : ", ") + plan.alteredTables[t].target.name;
                m.notes[i] = std::string(productName()) + " cannot make every change to " + names +
                             " in place: the tables are rebuilt, with the tables that reference them";
            }
            continue;
        }
        renderInPlace(plan, index, m);
        notePartitioning(op, m.notes[i]);
    }
    if (!m.statements.empty())
        frame(m);
    return m;
}

}  // namespace ss
