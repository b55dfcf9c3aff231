#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace nereid {

// Edits a set of tags: the current ones in a list (select and Remove), a line with completion from the tags
// used in the project to add one (Enter or Add). Blank text adds nothing; a tag already there is not added
// twice.
class TagListEdit : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the objectNames of the parts ("tagsInput", "tagsList", "tagsAdd", "tagsRemove").
    TagListEdit(const QString &name, const QStringList &tags, const QStringList &known, QWidget *parent = nullptr);

    QStringList tags() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFromInput();
    void removeSelected();

    QListWidget *m_list;
    QLineEdit *m_input;
};

} // namespace nereid
