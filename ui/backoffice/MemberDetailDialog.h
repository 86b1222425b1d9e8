#pragma once
// MemberDetailDialog: one member in the back office: the profile (edit and save), the history,
// balance corrections, and the member's privacy rights: an export of their data to a JSON file
// and erasure (perm::MemberErase, confirmed first). Opened without a member it registers one.

#include "auth/UserService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace patron {
class Database;
class MembersModule;
struct Member;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class MemberAdjustPanel;
class MemberHistoryView;
class MemberProfileForm;

class MemberDetailDialog : public QDialog {
    Q_OBJECT
public:
    MemberDetailDialog(Database& db, MembersModule& members, Session actor, Dialogs& dialogs, FileChooser& files,
                       std::optional<qint64> memberId, QWidget* parent = nullptr);

    bool save();
    bool exportData();
    bool erase();
    qint64 memberId() const { return m_memberId; }

signals:
    // The member's row changed (saved, balances adjusted, erased): lists showing it refresh.
    void memberChanged();

private:
    void load();

    MembersModule& m_members;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    qint64 m_memberId = 0;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    MemberProfileForm* m_profile;
    MemberHistoryView* m_history = nullptr;
    MemberAdjustPanel* m_adjust = nullptr;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_export;
    QPushButton* m_erase;
};

} // namespace patron::ui
