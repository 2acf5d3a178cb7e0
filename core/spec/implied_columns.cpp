#include "core/spec/spec_reader.h"

#include <algorithm>

namespace ss {

namespace {

bool declared(const Table& t, const std::string& name) { return t.findColumn(name) != nullptr; }

}  // namespace

void materializeImpliedColumns(SchemaModel& model)
{
    // Surrogate keys first: FK columns below take their type from the columns they reference.
    for (Table& t : model.tables) {
        if (t.surrogateKey.empty())
            continue;
        if (Column* existing = t.findColumn(t.surrogateKey)) {
            if (existing->type.isInteger())
                existing->identity = true;
        } else {
            Column key;
            key.name = t.surrogateKey;
            key.type = DataType::of(TypeKind::Integer);
            key.nullable = false;
            key.identity = true;
            key.origin = ColumnOrigin::SurrogateKey;
            key.loc = t.surrogateKeyLoc;
            t.columns.insert(t.columns.begin(), std::move(key));
        }
        if (t.primaryKey.empty())
            t.primaryKey = {t.surrogateKey};
    }

    for (Table& t : model.tables) {
        // Implied FK columns go after the implied surrogate key and before everything declared.
        auto insertAt = std::find_if(t.columns.begin(), t.columns.end(),
                                     [](const Column& c) { return c.origin == ColumnOrigin::Declared; });
        std::size_t position = static_cast<std::size_t>(insertAt - t.columns.begin());
        for (const ForeignKey& fk : t.foreignKeys) {
            const Table* target = model.findTable(fk.refTable);
            for (std::size_t i = 0; i < fk.columns.size(); ++i) {
                if (declared(t, fk.columns[i]))
                    continue;
                Column c;
                c.name = fk.columns[i];
                c.type = DataType::of(TypeKind::Integer);
                if (target && i < fk.refColumns.size())
                    if (const Column* ref = target->findColumn(fk.refColumns[i]))
                        c.type = ref->type;
                c.nullable = false;
                c.origin = ColumnOrigin::ForeignKey;
                c.loc = fk.loc;
                t.columns.insert(t.columns.begin() + static_cast<std::ptrdiff_t>(position++), std::move(c));
            }
        }
    }
}

}  // namespace ss
