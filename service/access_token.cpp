#include "service/access_token.h"

#include "core/util/atomic_file.h"

#include <QRandomGenerator>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

namespace ss::service {

namespace {

constexpr std::size_t kTokenBytes = 32;

}  // namespace

std::string defaultTokenPath()
{
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config)
        return std::string(config) + "/schema-studio/serve-token";
    const char* home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.config/schema-studio/serve-token";
}

AccessToken loadOrCreateToken(const std::string& path)
{
    AccessToken result;
    result.path = path;
    std::string text;
    std::string error;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            result.error = path + " is readable by others: run chmod 600 on it";
            return result;
        }
        if (!readWholeFile(path, text, error, 4096)) {
            result.error = error;
            return result;
        }
        result.token = QByteArray::fromStdString(text).trimmed();
        if (result.token.size() < 16)
            result.error = path + " holds no usable token (at least 16 characters)";
        return result;
    }
    QByteArray random(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    result.token = random.toHex();
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    // Written with owner-only rights from the start: umask first, then the atomic write.
    const mode_t previous = ::umask(077);
    error = writeFileAtomically(path, result.token.toStdString() + "\n");
    ::umask(previous);
    if (!error.empty()) {
        result.error = error;
        return result;
    }
    ::chmod(path.c_str(), S_IRUSR | S_IWUSR);
    result.created = true;
    return result;
}

bool sameToken(const QByteArray& expected, const QByteArray& given)
{
    unsigned char difference = expected.size() == given.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i]) ^ static_cast<unsigned char>(i < given.size() ? given[i] : 0);
    return difference == 0;
}

}  // namespace ss::service
