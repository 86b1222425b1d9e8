#include "till/QtTillPrompts.h"

#include "till/ManagerPinDialog.h"

#include <QInputDialog>

namespace patron::ui {

std::optional<QString> QtTillPrompts::askText(QWidget* parent, const QString& title, const QString& label,
                                              const QString& initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<Session> QtTillPrompts::managerOverride(QWidget* parent, UserService& users, const QString& permission,
                                                      const QString& why)
{
    ManagerPinDialog dialog(users, permission, why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

} // namespace patron::ui
