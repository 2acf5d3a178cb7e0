#pragma once

#include <string>
#include <string_view>

namespace ss::service {

// Every message the service sends or logs passes here: passwords inside URLs (user:secret@, password=secret) and
// the bearer token of a request are replaced by ***.
std::string redactSecrets(std::string_view text);

}  // namespace ss::service
