#include "metadatafieldeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace nereid {

MetadataFieldEditor::MetadataFieldEditor(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_path->setObjectName(QStringLiteral("fieldPath"));
    m_path->setPlaceholderText(tr("general/brief"));
    m_type->setObjectName(QStringLiteral("fieldType"));
    // The server's type names (docs/api.md), shown as they are: they are what scripts and the tree say.
    for (const char *type : {"string", "float", "int", "bool"})
        m_type->addItem(QLatin1String(type), QLatin1String(type));
    m_value->setObjectName(QStringLiteral("fieldValue"));
    m_problem->setObjectName(QStringLiteral("fieldProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *assign = new QPushButton(tr("&Assign"), this);
    assign->setObjectName(QStringLiteral("assignField"));
    auto *remove = new QPushButton(tr("De&lete field"), this);
    remove->setObjectName(QStringLiteral("deleteField"));
    connect(assign, &QPushButton::clicked, this, &MetadataFieldEditor::assign);
    connect(remove, &QPushButton::clicked, this, &MetadataFieldEditor::remove);
    connect(m_value, &QLineEdit::returnPressed, this, &MetadataFieldEditor::assign);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(remove);
    buttons->addWidget(assign);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Field:"), m_path);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(m_problem);
    form->addRow(buttons);
}

void MetadataFieldEditor::showField(const QString &path, const QString &type, const QString &value)
{
    m_path->setText(path);
    const int index = m_type->findData(type);
    if (index >= 0) {
        m_type->setCurrentIndex(index);
        m_value->setText(value);
    }
    showProblem(QString());
}

void MetadataFieldEditor::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString MetadataFieldEditor::checkedPath()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || path.startsWith(u'/') || path.endsWith(u'/') || path.contains(QLatin1String("//")))
        showProblem(tr("Give the field's path, such as general/brief."));
    else if (path == QLatin1String("sys") || path.startsWith(QLatin1String("sys/")))
        showProblem(tr("The sys namespace is written by Nereid; choose another path."));
    else
        return path;
    return {};
}

void MetadataFieldEditor::assign()
{
    const QString path = checkedPath();
    if (path.isEmpty())
        return;
    const QString type = m_type->currentData().toString();
    const QString text = m_value->text().trimmed();
    bool ok = true;
    QVariant value = m_value->text();
    // Numbers in the user's locale or in C form ("0.5" works everywhere).
    if (type == QLatin1String("float")) {
        value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = QLocale::c().toDouble(text, &ok);
    } else if (type == QLatin1String("int")) {
        value = QLocale().toLongLong(text, &ok);
        if (!ok)
            value = QLocale::c().toLongLong(text, &ok);
    } else if (type == QLatin1String("bool")) {
        // "yes" and "no" too: the tree shows a bool that way, and picking a field fills its shown value in.
        const QString word = text.toLower();
        const bool yes = word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1");
        ok = yes || word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0");
        value = yes;
    }
    if (!ok)
        return showProblem(tr("\"%1\" is not a value of type %2.").arg(text, type) +
                           (type == QLatin1String("bool") ? u' ' + tr("Write true or false.") : QString()));
    showProblem(QString());
    emit assignRequested(path, type, value);
}

void MetadataFieldEditor::remove()
{
    const QString path = checkedPath();
    if (path.isEmpty())
        return;
    showProblem(QString());
    emit deleteRequested(path);
}

} // namespace nereid
