#include "core/util/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace ss {

namespace {

std::string systemError(const std::string& what, const std::string& path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

bool writeAll(int fd, std::string_view content)
{
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

std::string writeFileAtomically(const std::string& path, std::string_view content)
{
    const std::filesystem::path target(path);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    std::random_device rd;
    const std::string temp =
        (folder / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()))).string();

    // Keep the permissions of the file being replaced; new files get the usual 0644 (less the umask).
    mode_t mode = 0644;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        mode = st.st_mode & 07777;

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return systemError("cannot create", temp);
    if (!writeAll(fd, content) || ::fsync(fd) != 0) {
        const std::string error = systemError("cannot write", temp);
        ::close(fd);
        ::unlink(temp.c_str());
        return error;
    }
    if (::close(fd) != 0) {
        const std::string error = systemError("cannot close", temp);
        ::unlink(temp.c_str());
        return error;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string error = systemError("cannot replace", path);
        ::unlink(temp.c_str());
        return error;
    }
    // The rename is durable only once the folder's entry is on disk.
    const int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

bool readWholeFile(const std::string& path, std::string& content, std::string& error, std::size_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = systemError("cannot open", path);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error = "cannot read " + path + ": not a regular file";
        ::close(fd);
        return false;
    }
    if (static_cast<std::size_t>(st.st_size) > maxBytes) {
        error = path + " is " + std::to_string(st.st_size / (1024 * 1024)) + " MiB; the limit is " +
                std::to_string(maxBytes / (1024 * 1024)) + " MiB";
        ::close(fd);
        return false;
    }
    content.clear();
    content.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = systemError("cannot read", path);
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > maxBytes) {
            error = path + " is larger than the limit of " + std::to_string(maxBytes / (1024 * 1024)) + " MiB";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

}  // namespace ss
