#pragma once

#include "core/plan/plan.h"

#include <string>
#include <vector>

namespace ss {

// InnoDB keeps an index under every foreign key, on both sides: the referencing columns and the referenced
// ones. It makes the referencing one itself (named after the constraint) when no index starts with the
// columns, and refuses to drop the last index either side can use (error 1553). What the MySQL renderer needs
// to know to order a plan around that.

// True when InnoDB indexes `fk`'s columns itself: no primary key, index or unique key of `table` starts with
// them. Indexes and unique keys named in `leaving` are taken as gone.
bool hasOwnIndex(const Table& table, const ForeignKey& fk, const std::vector<std::string>& leaving = {});

// The foreign keys of the table `op` (a DropIndex or DropUnique on a table that stays) drops a key from, kept
// by the plan, whose columns only that key covers once the plan's drops are done: they are dropped around it
// and added again, and InnoDB indexes them itself until an added index covers them.
std::vector<ForeignKey> foreignKeysNeedingDroppedKey(const Plan& plan, const Operation& op);

// A foreign key the plan keeps that references a table whose only key over the referenced columns the plan
// drops and replaces: it is dropped before the drop (operation dropAt) and added again by the operation that
// adds the replacement (addAt), under the names the tables have by then.
struct ReferenceMoved {
    std::string table;        // the referencing table as it is named when the key is dropped
    ForeignKey before;
    std::string targetTable;  // and when the key is added again
    ForeignKey after;
    int dropAt = -1;
    int addAt = -1;
};
std::vector<ReferenceMoved> referencesMovedByKeyChanges(const Plan& plan);

}  // namespace ss
