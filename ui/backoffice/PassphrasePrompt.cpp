#include "backoffice/PassphrasePrompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace patron::ui {

std::optional<QByteArray> QtPassphrasePrompt::ask(QWidget* parent, const QString& title, const QString& text)
{
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return typed.toUtf8();
}

} // namespace patron::ui
