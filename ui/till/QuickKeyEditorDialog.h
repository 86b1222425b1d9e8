#pragma once
// QuickKeyEditorDialog: a manager puts products on the quick keys or empties keys, from the
// checkout screen (QuickKeys::set / clear, each one audited). Opened with the rights of whoever
// signed off (the signed-in manager, or a manager's override for a cashier).

#include "auth/UserService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace patron {
class QuickKeys;
}

namespace patron::ui {

class QuickKeyEditorDialog : public QDialog {
    Q_OBJECT
public:
    QuickKeyEditorDialog(QuickKeys& keys, Session actor, QWidget* parent = nullptr);

    void putOnKey();
    void emptyKey();
    QString message() const;

signals:
    void keysChanged();

private:
    void reload();
    void showMessage(const QString& text, bool error);

    QuickKeys& m_keys;
    Session m_actor;
    QListWidget* m_list;
    QSpinBox* m_position;
    QLineEdit* m_code;
    QLineEdit* m_label;
    QLabel* m_message;
};

} // namespace patron::ui
