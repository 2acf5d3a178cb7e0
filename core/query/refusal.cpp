#include "core/query/refusal.h"

#include "core/query/question_tokens.h"

#include <algorithm>
#include <array>

namespace ss::query {

namespace {

// Verbs that change data or a schema, as a request starts with them or says them to the database.
bool isChangeVerb(const std::string& word)
{
    static constexpr std::array<std::string_view, 21> verbs = {
        "delete", "drop", "truncate", "insert", "update", "alter", "create", "grant", "revoke", "remove", "erase",
        "wipe", "purge", "overwrite", "rename", "replace", "merge", "upsert", "modify", "destroy", "reset"};
    return std::find(verbs.begin(), verbs.end(), word) != verbs.end();
}

bool isSqlKeyword(const std::string& word)
{
    static constexpr std::array<std::string_view, 12> keywords = {"select", "with", "insert", "update", "delete", "drop",
                                                                   "create", "alter", "truncate", "pragma", "attach", "copy"};
    return std::find(keywords.begin(), keywords.end(), word) != keywords.end();
}

std::string lowerWord(const std::string& raw)
{
    std::string out;
    for (const char c : raw)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string refusalOf(std::string_view question)
{
    const std::vector<Token> tokens = tokenizeQuestion(question);
    std::vector<std::string> words;
    for (const Token& t : tokens)
        if (t.kind == Token::Kind::Word)
            words.push_back(lowerWord(t.raw));
    if (words.empty())
        return {};
    const auto has = [&](std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
    // SQL typed in: a statement keyword first with the shape of a statement after it.
    const bool sqlShape = (has("from") && words.front() == "select") || (has("table") && (words.front() == "drop" || words.front() == "create" || words.front() == "alter" || words.front() == "truncate"))
                          || (words.front() == "insert" && has("into")) || (words.front() == "update" && has("set"))
                          || (words.front() == "delete" && has("from")) || (words.front() == "with" && has("select") && has("as")) || question.find(';') != std::string_view::npos;
    if (sqlShape && isSqlKeyword(words.front()))
        return "Explore answers questions in words and writes its own SELECT; SQL typed in is not run. Ask in words, "
               "e.g. \"total sales by region\".";
    // A request to change something: the verb leads the sentence ("please delete ...", "can you drop ...").
    static constexpr std::array<std::string_view, 8> lead = {"please", "can", "could", "you", "now", "just", "go", "and"};
    std::size_t i = 0;
    while (i < words.size() && std::find(lead.begin(), lead.end(), words[i]) != lead.end())
        ++i;
    if (i < words.size() && isChangeVerb(words[i]))
        return "Explore only reads: \"" + words[i] + "\" asks to change the database, and nothing is changed from here. "
               "Change the schema through a spec and Apply; data through Seed or your own tools.";
    if (has("set") && has("to") && words.front() == "set")
        return "Explore only reads: setting values changes the database, and nothing is changed from here.";
    return {};
}

}  // namespace ss::query
