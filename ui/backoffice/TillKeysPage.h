#pragma once
// TillKeysPage ("Till keys"): the store's function keys, one row per till action with its key in
// a QKeySequenceEdit. A key given twice or one the scanner needs is refused with the reason;
// "Restore defaults" puts today's keys (F2 member ... F9 pay) back on screen for saving. The
// checkout takes a saved map up when the back office closes.

#include "backoffice/TillKeysSettings.h"

#include <QHash>
#include <QWidget>

class QKeySequenceEdit;
class QLabel;

namespace patron::ui {

class Dialogs;

class TillKeysPage : public QWidget {
    Q_OBJECT
public:
    TillKeysPage(Database& db, StoreSettings& settings, AuditLog& audit, Session actor, Dialogs& dialogs,
                 QWidget* parent = nullptr);

    QKeySequenceEdit* editor(TillAction action) const { return m_editors.value(action); }
    TillKeyMap onScreen() const;
    void restoreDefaults();
    // Saves the keys on screen; false (with the reason shown and said) when refused.
    bool save();
    QString error() const;

private:
    void showKeys(const TillKeyMap& keys);
    void check();

    TillKeysSettings m_keys;
    Session m_actor;
    Dialogs& m_dialogs;
    QHash<TillAction, QKeySequenceEdit*> m_editors;
    QLabel* m_error;
};

} // namespace patron::ui
