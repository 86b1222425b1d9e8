#pragma once
// MembersPage: members in a table with one search box (mobile, last 4 digits, card, name,
// initials) and filters (tier, tag, region, birthday month, no visit for N days), at most
// kMaxRows rows; a member's details by double-click; CSV import (with the per-row problem
// report) and export. Members with the same mobile registered in two stores cannot exist on one
// till (the mobile is unique in its store), so merging them is head office's review, not here.

#include "auth/UserService.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace patron {
class Clock;
class Database;
class MemberRepository;
class MembersModule;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class MemberDetailDialog;
class MemberListQuery;
class MemberTableModel;

class MembersPage : public QWidget {
    Q_OBJECT
public:
    MembersPage(Database& db, const Clock& clock, MembersModule& members, Session actor, Dialogs& dialogs,
                FileChooser& files, QWidget* parent = nullptr);
    ~MembersPage() override;

    void refresh();
    // Opens the details of the member in `row`, or a new member's form when row < 0.
    MemberDetailDialog* openMember(int row);
    void importCsv();
    void exportCsv();
    MemberTableModel* model() const { return m_model; }

    // The most rows shown: a big membership is searched and filtered, not scrolled.
    static constexpr int kMaxRows = 1000;

private:
    void fillTiers();

    Database& m_db;
    const Clock& m_clock;
    MembersModule& m_members;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    std::unique_ptr<MemberRepository> m_repository;
    std::unique_ptr<MemberListQuery> m_query;
    MemberTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_tier;
    QLineEdit* m_tag;
    QLineEdit* m_region;
    QComboBox* m_birthdayMonth;
    QSpinBox* m_dormantDays;
    QCheckBox* m_skipBad;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace patron::ui
