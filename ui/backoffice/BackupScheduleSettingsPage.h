#pragma once
// BackupScheduleSettingsPage: the daily automatic backup (on/off, time, folder, how many to
// keep) and how the last automatic run went. The runs themselves are the till's
// BackupScheduler; restoring stays on BackupPage.

#include "auth/UserService.h"
#include "store/BackupSchedule.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace patron {
class AuditLog;
class Clock;
class Database;
}

namespace patron::ui {

class Dialogs;

class BackupScheduleSettingsPage : public QWidget {
    Q_OBJECT
public:
    BackupScheduleSettingsPage(Database& db, AuditLog& audit, const Clock& clock, Session actor, Dialogs& dialogs,
                               QWidget* parent = nullptr);

    bool save();
    // Reads the schedule and the last run again (after a run finished).
    void refresh();

private:
    void chooseFolder();

    BackupSchedule m_schedule;
    const Clock& m_clock;
    Session m_actor;
    Dialogs& m_dialogs;
    QCheckBox* m_enabled;
    QTimeEdit* m_time;
    QLineEdit* m_folder;
    QSpinBox* m_keep;
    QLabel* m_error;
    QLabel* m_lastRun;
};

} // namespace patron::ui
