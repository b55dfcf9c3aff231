#include "savedviewstoolbar.h"

#include "models/savedviewsmodel.h"
#include "viewstatebinder.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace nereid {

namespace {

// The server's rule for a name (docs/api.md, Saved views), said before the server would refuse it.
bool isValidName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 200 && name.trimmed() == name && !name.contains(QLatin1Char('/')) &&
           std::none_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

SavedViewsToolbar::SavedViewsToolbar(SavedViewsModel *model, ViewStateBinder *binder, QWidget *parent)
    : QToolBar(tr("Saved views"), parent)
    , m_model(model)
    , m_binder(binder)
    , m_combo(new QComboBox(this))
    , m_menu(new QMenu(tr("View&s"), this))
{
    setObjectName(QStringLiteral("savedViewsToolbar"));
    m_menu->setObjectName(QStringLiteral("savedViewsMenu"));
    m_combo->setObjectName(QStringLiteral("savedViewsCombo"));
    m_combo->setModel(m_model);
    m_combo->setPlaceholderText(tr("No saved view"));
    m_combo->setMinimumContentsLength(18);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setToolTip(tr("Saved views of this project: query, columns, sort, grouping and charts (Alt+W)"));
    auto *label = new QLabel(tr("View:"), this);
    label->setBuddy(m_combo);
    addWidget(label);
    addWidget(m_combo);
    createActions();
    connect(m_combo, &QComboBox::activated, this,
            [this](int row) { switchTo(m_model->index(row).data(SavedViewsModel::NameRole).toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SavedViewsToolbar::onModelReset);
    connect(m_model, &SavedViewsModel::conflictsChanged, this, &SavedViewsToolbar::askAboutConflicts);
    updateActions();
}

void SavedViewsToolbar::createActions()
{
    const auto add = [this](const QString &text, const char *name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_menu->addAction(action);
        return action;
    };
    m_choose = add(tr("&Choose view"), "chooseView", QKeySequence(Qt::ALT | Qt::Key_W), [this] {
        m_combo->setFocus(Qt::ShortcutFocusReason);
        m_combo->showPopup();
    });
    m_menu->addSeparator();
    m_save = add(tr("&Save view"), "saveView", QKeySequence::Save, [this] { saveCurrent(); });
    m_saveAs =
        add(tr("Save view &as…"), "saveViewAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAs(); });
    m_rename = add(tr("&Rename view…"), "renameView", {}, [this] { renameCurrent(); });
    m_delete = add(tr("&Delete view"), "deleteView", {}, [this] {
        if (QMessageBox::question(this, tr("Delete view"),
                                  tr("Delete the view \"%1\" for everyone in the project?").arg(m_current)) ==
            QMessageBox::Yes)
            deleteCurrent();
    });
    m_setDefault = add(tr("Set as &default"), "setDefaultView", {}, [this] { setCurrentAsDefault(); });
    addAction(m_save);
    addAction(m_saveAs);
}

void SavedViewsToolbar::updateActions()
{
    const bool open = !m_model->project().isEmpty();
    const bool chosen = open && m_model->rowOf(m_current) >= 0;
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_rename->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_setDefault->setEnabled(chosen);
}

void SavedViewsToolbar::setProject(const QString &project)
{
    m_current.clear();
    m_defaultPending = true;
    m_model->setProject(project); // resets the model: onModelReset applies the default view if the cache has it
}

void SavedViewsToolbar::onModelReset()
{
    if (m_defaultPending && !m_model->defaultView().isEmpty()) {
        m_defaultPending = false;
        switchTo(m_model->defaultView());
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_model->rowOf(m_current));
    updateActions();
}

bool SavedViewsToolbar::switchTo(const QString &name)
{
    const std::optional<QJsonObject> state = m_model->state(name);
    if (!state)
        return false;
    m_defaultPending = false; // the user's choice stands over a default that arrives later
    m_current = name;
    m_binder->apply(*state);
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_model->rowOf(name));
    updateActions();
    return true;
}

bool SavedViewsToolbar::saveCurrent()
{
    if (m_model->rowOf(m_current) < 0)
        return saveAs();
    if (!m_model->save(m_current, m_binder->capture())) {
        emit message(m_model->errorString());
        return false;
    }
    emit message(tr("Saved the view \"%1\".").arg(m_current));
    return true;
}

QString SavedViewsToolbar::askForName(const QString &title, const QString &suggested)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Name of the view:"), QLineEdit::Normal, suggested, &ok);
    return ok ? name : QString();
}

bool SavedViewsToolbar::confirmReplace(const QString &name)
{
    QMessageBox box(QMessageBox::Question, tr("Replace view"),
                    tr("A view named \"%1\" already exists in this project. Replace it with what the window shows "
                       "now, for everyone in the project?")
                        .arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("replaceViewBox"));
    box.button(QMessageBox::Yes)->setText(tr("&Replace"));
    box.button(QMessageBox::No)->setText(tr("&No"));
    box.setDefaultButton(QMessageBox::No); // Enter keeps the other view
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool SavedViewsToolbar::saveAs(QString name)
{
    // A name that is taken asks first; No goes back to the name prompt (where Cancel gives up).
    QString suggested = m_current;
    while (name.isEmpty() || (m_model->rowOf(name) >= 0 && !confirmReplace(name))) {
        if (!name.isEmpty())
            suggested = name;
        name = askForName(tr("Save view as"), suggested);
        if (name.isEmpty())
            return false;
    }
    if (!isValidName(name)) {
        emit message(tr("\"%1\" cannot name a view: use up to 200 characters, no slash, no leading or trailing "
                        "spaces.")
                         .arg(name));
        return false;
    }
    m_defaultPending = false;
    m_current = name;
    if (!m_model->save(name, m_binder->capture())) {
        emit message(m_model->errorString());
        return false;
    }
    emit message(tr("Saved the view \"%1\".").arg(name));
    return true;
}

bool SavedViewsToolbar::renameCurrent(QString to)
{
    if (m_model->rowOf(m_current) < 0)
        return false;
    if (to.isEmpty())
        to = askForName(tr("Rename view"), m_current);
    if (to.isEmpty() || to == m_current)
        return false;
    if (!isValidName(to) || m_model->rowOf(to) >= 0) {
        emit message(tr("The view cannot be renamed to \"%1\": the name is taken or not allowed.").arg(to));
        return false;
    }
    const QString from = std::exchange(m_current, to);
    if (!m_model->rename(from, to)) {
        m_current = from;
        emit message(m_model->errorString());
        return false;
    }
    return true;
}

bool SavedViewsToolbar::deleteCurrent()
{
    if (m_model->rowOf(m_current) < 0)
        return false;
    const QString name = std::exchange(m_current, QString());
    if (!m_model->remove(name)) {
        m_current = name;
        emit message(m_model->errorString());
        return false;
    }
    emit message(tr("Deleted the view \"%1\".").arg(name));
    return true;
}

bool SavedViewsToolbar::setCurrentAsDefault()
{
    if (m_model->rowOf(m_current) < 0 || !m_model->setDefault(m_current)) {
        emit message(m_model->errorString());
        return false;
    }
    emit message(tr("\"%1\" now opens with the project.").arg(m_current));
    return true;
}

void SavedViewsToolbar::askAboutConflicts()
{
    const QStringList conflicts = m_model->conflicts();
    if (m_asking || conflicts.isEmpty())
        return;
    m_asking = true;
    const QString name = conflicts.first();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Saved view changed by someone else"),
                                tr("Someone else saved the view \"%1\" before your change reached the server. "
                                   "Keep your version or theirs?")
                                    .arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("viewConflictBox"));
    QPushButton *mine = box->addButton(tr("Keep &mine"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep &theirs"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, mine, name] {
        const bool keepMine = box->clickedButton() == mine;
        m_asking = false;
        m_model->resolve(name, keepMine);
        if (name == m_current)
            switchTo(name); // the window shows the version kept
        askAboutConflicts();
    });
    box->open();
}

} // namespace nereid
