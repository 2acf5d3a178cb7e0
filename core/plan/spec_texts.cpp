#include "core/plan/spec_texts.h"

#include "core/plan/object_names.h"

#include <algorithm>

namespace ss {

namespace {

constexpr std::string_view kMarker = "-- Spec texts: the checks and views above as the spec wrote them";
constexpr std::string_view kTextLine = "-- |";

std::string quoted(const std::string& name)
{
    std::string out = "\"";
    for (char c : name) {
        out.push_back(c);
        if (c == '"')
            out.push_back(c);
    }
    return out + "\"";
}

// Reads a "quoted" name at `at`, moving past it; false when there is none.
bool readQuoted(std::string_view line, std::size_t& at, std::string& out)
{
    while (at < line.size() && line[at] == ' ')
        ++at;
    if (at >= line.size() || line[at] != '"')
        return false;
    out.clear();
    for (++at; at < line.size(); ++at) {
        if (line[at] != '"') {
            out.push_back(line[at]);
        } else if (at + 1 < line.size() && line[at + 1] == '"') {
            out.push_back('"');
            ++at;
        } else {
            ++at;
            return true;
        }
    }
    return false;
}

void appendDomainChecks(const UserType& type, std::vector<SchemaText>& out)
{
    for (const CheckConstraint& c : namedDomainChecks(type))
        out.push_back({"type_check", type.name, c.name, c.expression});
}

// A function is known by its name and argument types; the record keeps both within its 100 characters, so a
// longer signature is not recorded (the function then shows in the database's own words).
void appendFunction(const SqlFunction& f, std::vector<SchemaText>& out)
{
    if (f.name.size() <= 100 && f.signature.size() <= 100)
        out.push_back({"function", f.name, f.signature, f.sql});
}

}  // namespace

std::vector<SchemaText> schemaTextsOf(const SchemaModel& spec)
{
    std::vector<SchemaText> out;
    for (const Table& t : spec.tables)
        for (const CheckConstraint& c : namedChecks(t))
            out.push_back({"check", qualifiedName(t.schema, t.name), c.name, c.expression});
    for (const UserType& t : spec.types)
        appendDomainChecks(t, out);
    for (const SqlFunction& f : spec.functions)
        appendFunction(f, out);
    for (const View& v : spec.views)
        out.push_back({"view", {}, v.name, v.sql});
    for (const std::string& schema : schemasOf(spec))
        out.push_back({"schema", {}, schema, schema});
    return out;
}

std::vector<SchemaText> schemaTextsCreatedBy(const Plan& plan)
{
    std::vector<SchemaText> out;
    for (const Operation& op : plan.operations) {
        if (op.kind == OpKind::CreateTable)
            for (const CheckConstraint& c : namedChecks(op.tableDef))
                out.push_back({"check", qualifiedName(op.schema, op.tableDef.name), c.name, c.expression});
        else if (op.kind == OpKind::AddCheck)
            out.push_back({"check", qualifiedName(op.schema, op.table), op.check.name, op.check.expression});
        else if (op.kind == OpKind::CreateType || op.kind == OpKind::ReplaceType)
            appendDomainChecks(op.type, out);
        else if (op.kind == OpKind::CreateFunction || op.kind == OpKind::ReplaceFunction)
            appendFunction(op.function, out);
        else if (op.kind == OpKind::CreateView || op.kind == OpKind::ReplaceView)
            out.push_back({"view", {}, op.view.name, op.view.sql});
        if (op.kind == OpKind::CreateTable && !op.schema.empty()
            && std::none_of(out.begin(), out.end(), [&](const SchemaText& t) { return t.kind == "schema" && t.name == op.schema; }))
            out.push_back({"schema", {}, op.schema, op.schema});
    }
    return out;
}

std::string specTextsSection(const std::vector<SchemaText>& texts)
{
    if (texts.empty())
        return {};
    std::string out = "\n" + std::string(kMarker) + " (the database rewords them; dbx records both when applying)\n";
    for (const SchemaText& t : texts) {
        const bool untabled = t.kind == "view" || t.kind == "schema";
        out += "-- " + t.kind + (untabled ? "" : " " + quoted(t.table)) + " " + quoted(t.name) + "\n";
        std::size_t start = 0;
        while (start <= t.specText.size()) {
            const std::size_t end = t.specText.find('\n', start);
            const std::string line = t.specText.substr(start, end == std::string::npos ? std::string::npos : end - start);
            out += std::string(kTextLine) + (line.empty() ? "" : " " + line) + "\n";
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
    }
    return out;
}

std::vector<SchemaText> parseSpecTextsSection(std::string_view body)
{
    std::vector<SchemaText> out;
    const std::size_t marker = body.rfind(kMarker);
    if (marker == std::string_view::npos)
        return out;
    std::string_view rest = body.substr(marker);
    const std::size_t markerEnd = rest.find('\n');
    rest.remove_prefix(markerEnd == std::string_view::npos ? rest.size() : markerEnd + 1);
    bool open = false;       // the last entry takes text lines
    bool firstLine = false;  // and has none yet
    while (!rest.empty()) {
        const std::size_t eol = rest.find('\n');
        std::string_view line = rest.substr(0, eol);
        rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (open && line.substr(0, kTextLine.size()) == kTextLine) {
            std::string_view text = line.substr(kTextLine.size());
            if (!text.empty() && text.front() == ' ')
                text.remove_prefix(1);
            if (!firstLine)
                out.back().specText += '\n';
            out.back().specText += text;
            firstLine = false;
            continue;
        }
        SchemaText t;
        std::size_t at = 0;
        if (line.substr(0, 9) == "-- check " || line.substr(0, 14) == "-- type_check " || line.substr(0, 12) == "-- function ") {
            t.kind = std::string(line.substr(3, line.find(' ', 3) - 3));
            at = t.kind.size() + 4;
            open = readQuoted(line, at, t.table) && readQuoted(line, at, t.name);
        } else if (line.substr(0, 8) == "-- view " || line.substr(0, 10) == "-- schema ") {
            t.kind = line[3] == 'v' ? "view" : "schema";
            at = t.kind.size() + 4;
            open = readQuoted(line, at, t.name);
        } else {
            open = false;
        }
        firstLine = open;
        if (open)
            out.push_back(std::move(t));
    }
    return out;
}

}  // namespace ss
