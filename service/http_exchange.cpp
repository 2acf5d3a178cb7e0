#include "service/http_exchange.h"

#include "service/redaction.h"

namespace ss::service {

HttpResponse errorResponse(int status, const std::string& message, const std::string& location)
{
    QJsonObject error{{"status", status}, {"message", QString::fromStdString(redactSecrets(message))}};
    if (!location.empty())
        error.insert("location", QString::fromStdString(location));
    return {status, QJsonObject{{"error", error}}};
}

}  // namespace ss::service
