#pragma once

#include <QString>
#include <string>
#include <unordered_map>
#include <vector>

namespace nereid {

// Field paths repeat in every run of a project: one QString per distinct path, shared by every run read through
// the pool, instead of a string decoded and allocated per field.
class PathPool
{
public:
    // The path whose UTF-8 bytes are `utf8`.
    const QString &operator()(QByteArrayView utf8);
    // The same, for the `position`th field of a run: runs of one sweep have the same paths in the same order,
    // and a path found where the run before had it needs one comparison of bytes rather than a hash lookup.
    const QString &operator()(QByteArrayView utf8, qsizetype position);

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    using Paths = std::unordered_map<std::string, QString, Hash, std::equal_to<>>;

    Paths m_paths;
    std::vector<const Paths::value_type *> m_lastRun; // by position: the path found there last time
};

} // namespace nereid
