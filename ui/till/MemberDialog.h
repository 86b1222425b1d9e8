#pragma once
// Finding or registering the customer (F2): search by mobile, its last four digits, card number,
// name or pinyin initials; or a quick registration with just mobile and name (two fields, Enter).

#include "members/Member.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace patron::ui {

class TillSession;

class MemberDialog : public QDialog {
    Q_OBJECT
public:
    explicit MemberDialog(TillSession& session, QWidget* parent = nullptr);
    void search(const QString& query);
    void chooseRow(int row);
    void registerQuick();

signals:
    void memberChosen(qint64 memberId);

private:
    TillSession& m_session;
    QLineEdit* m_query;
    QListWidget* m_results;
    QLineEdit* m_mobile;
    QLineEdit* m_name;
    QLabel* m_message;
    QList<Member> m_found;
};

} // namespace patron::ui
