#include "core/spec/rules/named_objects.h"

namespace ss::rules {

void forEachNamedObject(const SchemaModel& model, const std::function<void(const NamedObject&)>& visit)
{
    for (const Table& t : model.tables) {
        visit({toString(t.kind), t.name, t.loc, &t});
        for (const Column& c : t.columns)
            visit({c.isMeasure() ? "measure" : "column", c.name, c.loc, &t});
        for (const Index& ix : t.indexes)
            if (!ix.name.empty())
                visit({"index", ix.name, ix.loc, &t});
        for (const ForeignKey& fk : t.foreignKeys)
            if (!fk.name.empty())
                visit({"foreign key", fk.name, fk.loc, &t});
        for (const UniqueConstraint& u : t.uniques)
            if (!u.name.empty())
                visit({"unique constraint", u.name, u.loc, &t});
        for (const CheckConstraint& ck : t.checks)
            if (!ck.name.empty())
                visit({"check constraint", ck.name, ck.loc, &t});
    }
    for (const View& v : model.views)
        visit({"view", v.name, v.loc, nullptr});
}

}  // namespace ss::rules
