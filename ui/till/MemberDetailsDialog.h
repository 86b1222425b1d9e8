#pragma once
// The attached member's details (Ctrl+F2 or the member panel's button): edit name, mobile,
// birthday and notes (a cashier needs a manager's PIN: MemberEdit), and the history: recent
// receipts and the points ledger. Nothing is saved until Save; a refusal says why and changes
// nothing.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace patron::ui {

class TillPrompts;
class TillSession;

class MemberDetailsDialog : public QDialog {
    Q_OBJECT
public:
    MemberDetailsDialog(TillSession& session, TillPrompts& prompts, qint64 memberId, QWidget* parent = nullptr);
    // Save (the default button: Enter in a field): true when the member was changed.
    bool save();
    QString message() const;

signals:
    void edited();

private:
    void load();

    TillSession& m_session;
    TillPrompts& m_prompts;
    qint64 m_memberId;
    QLineEdit* m_name;
    QLineEdit* m_mobile;
    QLineEdit* m_birthday;
    QLineEdit* m_notes;
    QLabel* m_message;
    QListWidget* m_receipts;
    QListWidget* m_points;
};

} // namespace patron::ui
