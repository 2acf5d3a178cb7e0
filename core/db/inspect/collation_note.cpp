#include "core/db/inspect/collation_note.h"

namespace ss {

std::string collationNote(const std::string& table, const std::string& column, const std::string& collation)
{
    return "column " + table + "." + column + " has the collation " + collation +
           "; the model does not keep collations: the spec re-creates it with the database's";
}

}  // namespace ss
