#pragma once

#include <string>

namespace testspec {

// Two tables whose foreign keys form a cycle (department.head_id -> employee, employee.department_id ->
// department) plus a self-reference (employee.manager_id). With a nullable head_id the seed plan breaks the cycle
// there; without, it has to refuse.
inline std::string cycleSpec(bool nullableHead)
{
    return std::string("version: 1\n"
                       "entities:\n"
                       "  tables:\n"
                       "    - name: department\n"
                       "      primary_key: [id]\n"
                       "      columns:\n"
                       "        - {name: id, type: INTEGER, nullable: false}\n"
                       "        - {name: head_id, type: INTEGER, nullable: ") +
           (nullableHead ? "true" : "false") +
           "}\n"
           "      foreign_keys:\n"
           "        - {column: head_id, references: employee(id)}\n"
           "    - name: employee\n"
           "      primary_key: [id]\n"
           "      columns:\n"
           "        - {name: id, type: INTEGER, nullable: false}\n"
           "        - {name: department_id, type: INTEGER, nullable: false}\n"
           "        - {name: manager_id, type: INTEGER}\n"
           "      foreign_keys:\n"
           "        - {column: department_id, references: department(id)}\n"
           "        - {column: manager_id, references: employee(id)}\n";
}

}  // namespace testspec
