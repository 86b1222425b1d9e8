#pragma once
// The seam for file dialogs: pages ask a FileChooser for a path, so tests hand one over without
// a modal dialog. An empty path means the user cancelled.

#include <QString>
#include <QStringList>

class QWidget;

namespace patron::ui {

class FileChooser {
public:
    virtual ~FileChooser() = default;
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                             const QString& filter) = 0;
};

// The platform's file dialogs.
class QtFileChooser final : public FileChooser {
public:
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                     const QString& filter) override;
};

// Answers with the queued paths in order (empty once they run out: a cancel). For tests.
class ScriptedFileChooser final : public FileChooser {
public:
    QString openFile(QWidget*, const QString& title, const QString&) override { return next(title); }
    QString saveFile(QWidget*, const QString& title, const QString&, const QString&) override { return next(title); }
    QStringList answers;
    QStringList titles;  // what was asked

private:
    QString next(const QString& title)
    {
        titles << title;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
};

} // namespace patron::ui
