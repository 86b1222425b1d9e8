#pragma once
// The seam for asking a recovery passphrase (restoring a backup): a page asks a PassphrasePrompt,
// so tests answer without a modal dialog. nullopt means the user cancelled.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace patron::ui {

class PassphrasePrompt {
public:
    virtual ~PassphrasePrompt() = default;
    virtual std::optional<QByteArray> ask(QWidget* parent, const QString& title, const QString& text) = 0;
};

// A password-mode input dialog.
class QtPassphrasePrompt final : public PassphrasePrompt {
public:
    std::optional<QByteArray> ask(QWidget* parent, const QString& title, const QString& text) override;
};

// Answers with the queued passphrases in order (a cancel once they run out). For tests.
class ScriptedPassphrasePrompt final : public PassphrasePrompt {
public:
    std::optional<QByteArray> ask(QWidget*, const QString&, const QString&) override
    {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    }
    QList<QByteArray> answers;
};

} // namespace patron::ui
