#include "core/plan/function_differ.h"

#include "core/util/collapse_blanks.h"

namespace ss {

namespace {

Operation functionOp(OpKind kind, const SqlFunction& function)
{
    Operation op;
    op.kind = kind;
    op.table = function.name;
    op.function = function;
    return op;
}

}  // namespace

const SqlFunction* findFunction(const SchemaModel& model, const SqlFunction& like)
{
    for (const auto& f : model.functions)
        if (f.name == like.name && collapseBlanks(f.signature) == collapseBlanks(like.signature) && f.dialect == like.dialect)
            return &f;
    return nullptr;
}

void diffFunctions(const SchemaModel& current, const SchemaModel& target, std::vector<Operation>& out)
{
    for (const auto& after : target.functions) {
        const SqlFunction* before = findFunction(current, after);
        if (!before)
            out.push_back(functionOp(OpKind::CreateFunction, after));
        else if (collapseBlanks(before->sql) != collapseBlanks(after.sql) || before->description != after.description)
            out.push_back(functionOp(OpKind::ReplaceFunction, after));
    }
    for (const auto& before : current.functions)
        if (!findFunction(target, before))
            out.push_back(functionOp(OpKind::DropFunction, before));
}

}  // namespace ss
