#pragma once
// AuditPage: the audit log, newest first, a page at a time, filtered by user, action and date
// range, and a check of the hash chain that names the first broken record.

#include "backoffice/AuditQuery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace patron {
class AuditLog;
}

namespace patron::ui {

class Dialogs;

class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(Database& db, const AuditLog& audit, Dialogs& dialogs, QWidget* parent = nullptr);

    static constexpr int kPageSize = 200;

    void reload();     // first page with the current filters
    void olderPage();
    void newerPage();
    void verifyChain();
    AuditFilter filter() const;

private:
    void showPage(qint64 beforeId);

    AuditQuery m_query;
    const AuditLog& m_audit;
    Dialogs& m_dialogs;
    QComboBox* m_user;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QPushButton* m_older;
    QPushButton* m_newer;
    QLabel* m_verifyResult;
    QList<qint64> m_pageStarts;  // beforeId of each page shown so far, for "newer"
    qint64 m_nextBefore = 0;
};

} // namespace patron::ui
