#include "core/project/project_copy.h"

#include "core/project/project_folder.h"

#include <array>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace ss {

namespace {

constexpr std::array<const char*, 2> kProjectFolders = {"schema_specs", "seeding_profiles"};

std::string failure(const std::string& what, const fs::path& path, const std::error_code& ec)
{
    return what + " " + path.string() + ": " + ec.message();
}

}  // namespace

std::string copyProjectFiles(const std::string& from, const std::string& to)
{
    std::error_code ec;
    const fs::path source(from);
    const fs::path target(to);
    if (!fs::exists(source / kProjectFileName, ec)) return from + ": not a project (no " + kProjectFileName + ")";
    if (fs::exists(target, ec)) return to + ": already exists";
    if (!fs::create_directories(target.parent_path(), ec) && ec) return failure("cannot create", target.parent_path(), ec);

    const fs::path partial = target.string() + ".partial";
    fs::remove_all(partial, ec);
    std::string error;
    if (!fs::create_directory(partial, ec)) error = failure("cannot create", partial, ec);
    if (error.empty() && !fs::copy_file(source / kProjectFileName, partial / kProjectFileName, ec))
        error = failure("cannot copy", source / kProjectFileName, ec);
    for (const char* folder : kProjectFolders) {
        if (!error.empty() || !fs::is_directory(source / folder)) continue;
        fs::copy(source / folder, partial / folder, fs::copy_options::recursive, ec);
        if (ec) error = failure("cannot copy", source / folder, ec);
    }
    // An installed project is read-only; its copy is the user's to edit.
    if (error.empty()) {
        for (const auto& entry : fs::recursive_directory_iterator(partial, ec)) {
            fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add, ec);
            if (ec) {
                error = failure("cannot make writable", entry.path(), ec);
                break;
            }
        }
    }
    if (error.empty()) {
        fs::rename(partial, target, ec);
        if (ec) error = failure("cannot rename into place", target, ec);
    }
    if (!error.empty()) fs::remove_all(partial, ec);
    return error;
}

}  // namespace ss
