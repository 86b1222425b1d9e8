#pragma once
// MembersPage: members in a table with one search box (mobile, last 4 digits, card, name,
// initials) and filters (tier, tag, region, birthday month, no visit for N days), at most
// kMaxRows rows; a member's details by double-click; CSV import (with the per-row problem
// report) and export on a worker thread with progress and cancel; merging duplicate members
// (MemberMergeDialog) for a manager.

#include "auth/UserService.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTableView;

namespace patron {
class AuditLog;
class Clock;
class Outbox;
class Database;
class MemberRepository;
class RfmAnalysis;
class Store;
class MembersModule;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class MemberDetailDialog;
class MemberCsvRunner;
class MemberListQuery;
class MemberMergeDialog;
class MemberTableModel;
struct MemberCsvOutcome;

class MembersPage : public QWidget {
    Q_OBJECT
public:
    MembersPage(Store& store, const Clock& clock, MembersModule& members, AuditLog& audit, Outbox& outbox,
                Session actor, Dialogs& dialogs, FileChooser& files, QWidget* parent = nullptr);
    ~MembersPage() override;

    void refresh();
    // Opens the details of the member in `row`, or a new member's form when row < 0.
    MemberDetailDialog* openMember(int row);
    // Start on a worker thread; csvFinished() follows. False when nothing started.
    bool importCsv();
    bool exportCsv();
    bool isCsvRunning() const;
    void cancelCsv();
    // The merge dialog for two members, or for the likely duplicates when both are 0.
    MemberMergeDialog* openMerge(qint64 firstId = 0, qint64 secondId = 0);
    MemberTableModel* model() const { return m_model; }

    // The most rows shown: a big membership is searched and filtered, not scrolled.
    static constexpr int kMaxRows = 1000;

signals:
    void csvFinished(bool ok);

private:
    void fillTiers();
    void showProgress(const QString& text);
    void onCsvFinished(const MemberCsvOutcome& outcome);

    Store& m_store;
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    MembersModule& m_members;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    std::unique_ptr<MemberRepository> m_repository;
    std::unique_ptr<RfmAnalysis> m_rfm;
    std::unique_ptr<MemberListQuery> m_query;
    MemberTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_tier;
    QLineEdit* m_tag;
    QLineEdit* m_region;
    QComboBox* m_birthdayMonth;
    QSpinBox* m_dormantDays;
    QComboBox* m_segment;
    QCheckBox* m_skipBad;
    QPushButton* m_merge;
    MemberCsvRunner* m_csv;
    QProgressDialog* m_progress = nullptr;
    bool m_exporting = false;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace patron::ui
