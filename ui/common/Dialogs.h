#pragma once
// The seam for message boxes: widgets ask a Dialogs object, so tests answer without a modal
// loop (a QMessageBox::exec in a test would hang until someone clicks).

#include <QString>

class QWidget;

namespace patron::ui {

class Dialogs {
public:
    virtual ~Dialogs() = default;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
};

// Real message boxes.
class QtDialogs final : public Dialogs {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
};

// Records what would have been shown and answers confirmations from a script. For tests.
class RecordingDialogs final : public Dialogs {
public:
    void information(QWidget*, const QString& title, const QString& text) override { last = title + u": " + text; ++count; }
    void warning(QWidget*, const QString& title, const QString& text) override { last = title + u": " + text; ++count; ++warnings; }
    bool confirm(QWidget*, const QString& title, const QString& text) override
    {
        last = title + u": " + text;
        ++count;
        return nextAnswer;
    }
    QString last;
    int count = 0;
    int warnings = 0;
    bool nextAnswer = true;
};

} // namespace patron::ui
