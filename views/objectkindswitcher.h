#pragma once

#include "domain/objectscope.h"

#include <QComboBox>

namespace nereid {

// Issue 21: what the experiments table lists — the project's runs, its models, or one model's versions (offered
// once a model was opened). Choosing asks for that scope; the table itself is the same machinery for each.
class ObjectKindSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit ObjectKindSwitcher(QWidget *parent = nullptr);

    const ObjectScope &scope() const { return m_scope; }
    // Shows `scope` as chosen (adding "Versions of …" for a model's versions) without asking for it.
    void showScope(const ObjectScope &scope);

signals:
    void scopeRequested(const nereid::ObjectScope &scope);

private:
    void onChosen(int index);

    ObjectScope m_scope;
    QString m_openedModel; // the model whose versions the third entry lists
};

} // namespace nereid
