#include "service/api_context.h"

#include "core/db/project_database.h"

#include <QJsonDocument>

namespace ss::service {

std::string ApiContext::open(DatabaseConnection& connection, bool forWriting) const
{
    const UrlParseResult target = resolveDatabase(database, project.dir);
    if (!target.ok())
        return target.error;
    OpenOptions options;
    options.createFile = forWriting;
    return connection.open(target.url, options);
}

std::string ApiContext::openReadOnly(DatabaseConnection& connection) const
{
    const UrlParseResult target = resolveDatabase(database, project.dir);
    if (!target.ok())
        return target.error;
    OpenOptions options;
    options.readOnly = true;
    return connection.open(target.url, options);
}

std::string ApiContext::databaseDisplay() const
{
    const UrlParseResult target = resolveDatabase(database, project.dir);
    return target.ok() ? target.url.display() : database;
}

std::optional<HttpResponse> readJsonBody(const HttpRequest& request, QJsonObject& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset as a line and column of the body, as an editor shows it.
        const QByteArray before = request.body.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return errorResponse(400, "the body is not valid JSON: " + error.errorString().toStdString(),
                             "line " + std::to_string(line) + ", column " + std::to_string(column));
    }
    if (!document.isObject())
        return errorResponse(400, "the body must be a JSON object", "line 1, column 1");
    body = document.object();
    return std::nullopt;
}

std::optional<HttpResponse> requireString(const QJsonObject& body, const char* member, std::string& out)
{
    const QJsonValue value = body.value(QLatin1String(member));
    if (!value.isString())
        return errorResponse(400, std::string("\"") + member + "\" is required and must be a string", std::string("/") + member);
    out = value.toString().toStdString();
    return std::nullopt;
}

}  // namespace ss::service
