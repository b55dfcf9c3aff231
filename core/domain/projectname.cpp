#include "projectname.h"

#include <QRegularExpression>

namespace nereid {

namespace {

bool isValidPart(const QString &part)
{
    // Anchored on the whole string: a plain '$' would also match before a trailing newline ("team\n").
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,49}")));
    return pattern.match(part).hasMatch();
}

} // namespace

Result<ProjectName> ProjectName::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return ValidationError{ErrorCode::InvalidProjectName,
                               tr("The project name \"%1\" must have the form workspace/project.").arg(text)};
    return fromParts(text.left(slash), text.mid(slash + 1));
}

Result<ProjectName> ProjectName::fromParts(const QString &workspace, const QString &project)
{
    for (const QString &part : {workspace, project}) {
        if (!isValidPart(part))
            return ValidationError{
                ErrorCode::InvalidProjectName,
                tr("\"%1\" is not a valid workspace or project name: use 1 to 50 letters, digits, '-', '_' or '.', "
                   "starting with a letter or digit.")
                    .arg(part)};
    }
    return ProjectName(workspace, project);
}

} // namespace nereid
