#include "core/seed/table_order.h"

#include "core/util/joined.h"

namespace ss::seed {

namespace {

class Orderer {
public:
    Orderer(const SchemaModel& model, std::vector<Diagnostic>& errors) : m_model(model), m_errors(errors) {}

    TableOrder run()
    {
        const std::size_t n = m_model.tables.size();
        m_result.deferred.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Table& t = m_model.tables[i];
            m_result.deferred[i].assign(t.foreignKeys.size(), false);
            for (std::size_t f = 0; f < t.foreignKeys.size(); ++f) {
                const ForeignKey& fk = t.foreignKeys[f];
                const std::size_t parent = tableIndex(fk.refTable);
                if (parent == n) {
                    error(t.name + " references table '" + fk.refTable + "', which the spec does not have", fk.loc);
                } else if (parent == i) {
                    if (nullable(t, fk))
                        m_result.deferred[i][f] = true;
                    else
                        error(t.name + " references itself through NOT NULL columns (" + joined(fk.columns) +
                                  "); no first row could be inserted",
                              fk.loc, "make the foreign key nullable; it is then filled after the rows exist");
                }
            }
        }
        std::vector<bool> placed(n, false);
        while (m_result.order.size() < n) {
            bool progress = false;
            for (std::size_t i = 0; i < n; ++i) {
                if (placed[i] || !parentsPlaced(i, placed))
                    continue;
                placed[i] = true;
                m_result.order.push_back(i);
                progress = true;
            }
            if (!progress && !breakCycle(placed))
                break;
        }
        return std::move(m_result);
    }

private:
    void error(const std::string& message, SourceLocation loc, const std::string& hint = {})
    {
        m_errors.push_back({Severity::Error, "seed-plan", message, loc, hint});
    }

    std::size_t tableIndex(const std::string& name) const
    {
        for (std::size_t i = 0; i < m_model.tables.size(); ++i)
            if (equalsIgnoreCase(m_model.tables[i].name, name))
                return i;
        return m_model.tables.size();
    }

    static bool nullable(const Table& t, const ForeignKey& fk)
    {
        for (const std::string& c : fk.columns)
            if (const Column* col = t.findColumn(c); !col || !col->nullable)
                return false;
        return true;
    }

    bool parentsPlaced(std::size_t i, const std::vector<bool>& placed) const
    {
        const Table& t = m_model.tables[i];
        for (std::size_t f = 0; f < t.foreignKeys.size(); ++f) {
            const std::size_t parent = tableIndex(t.foreignKeys[f].refTable);
            if (parent < placed.size() && parent != i && !m_result.deferred[i][f] && !placed[parent])
                return false;
        }
        return true;
    }

    bool breakCycle(const std::vector<bool>& placed)
    {
        std::vector<std::string> stuck;
        const Table* first = nullptr;
        for (std::size_t i = 0; i < m_model.tables.size(); ++i) {
            if (placed[i])
                continue;
            const Table& t = m_model.tables[i];
            if (!first)
                first = &t;
            stuck.push_back(t.name);
            for (std::size_t f = 0; f < t.foreignKeys.size(); ++f) {
                const std::size_t parent = tableIndex(t.foreignKeys[f].refTable);
                if (parent < placed.size() && !placed[parent] && !m_result.deferred[i][f] && nullable(t, t.foreignKeys[f])) {
                    m_result.deferred[i][f] = true;
                    return true;
                }
            }
        }
        error("tables " + joined(stuck) + " reference each other through NOT NULL foreign keys, so none of them can "
              "be filled first",
              first && !first->foreignKeys.empty() ? first->foreignKeys.front().loc : SourceLocation{},
              "make one of the foreign keys nullable; it is then filled after both tables exist");
        return false;
    }

    const SchemaModel& m_model;
    std::vector<Diagnostic>& m_errors;
    TableOrder m_result;
};

}  // namespace

TableOrder orderTables(const SchemaModel& model, std::vector<Diagnostic>& errors)
{
    return Orderer(model, errors).run();
}

}  // namespace ss::seed
