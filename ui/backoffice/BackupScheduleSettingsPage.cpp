#include "backoffice/BackupScheduleSettingsPage.h"

#include "common/Clock.h"
#include "common/Dialogs.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace patron::ui {

BackupScheduleSettingsPage::BackupScheduleSettingsPage(Database& db, AuditLog& audit, const Clock& clock, Session actor,
                                                       Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_schedule(db, audit, clock), m_clock(clock), m_actor(std::move(actor)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("backupSchedulePage"));
    m_enabled = new QCheckBox(tr("Back up automatically every day"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setRange(1, 365);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    m_error->setWordWrap(true);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("lastRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Time of day"), m_time);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Automatic backups kept"), m_keep);
    // The time and the count are short values: they keep their own width beside a growing folder.
    m_time->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_keep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* intro = new QLabel(tr("The backup runs while the till is open, in the background, and is verified "
                                "before it counts. If the till was closed at that time, it runs when the till "
                                "opens. Use a USB disk or a network folder: a copy on this PC's own disk does "
                                "not survive the PC."), this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);  // one line would make the window wider than a shop's screen
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(m_lastRun);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &BackupScheduleSettingsPage::chooseFolder);
    connect(saveButton, &QPushButton::clicked, this, &BackupScheduleSettingsPage::save);
    refresh();
}

void BackupScheduleSettingsPage::refresh()
{
    const auto config = guarded([&] { return m_schedule.config(); });
    if (config) {
        m_enabled->setChecked(config->enabled);
        m_time->setTime(config->dailyAt);
        m_folder->setText(config->folder);
        m_keep->setValue(config->keep);
    }
    const auto last = guarded([&] { return m_schedule.lastRun(); });
    if (!last || !*last) {
        m_lastRun->setText(tr("No automatic backup has run yet."));
        return;
    }
    const QString when = QLocale().toString((*last)->at, QLocale::ShortFormat);
    m_lastRun->setText((*last)->ok ? tr("Last automatic backup %1: %2").arg(when, (*last)->message)
                                   : tr("Last automatic backup %1 FAILED: %2").arg(when, (*last)->message));
}

bool BackupScheduleSettingsPage::save()
{
    BackupScheduleConfig c;
    c.enabled = m_enabled->isChecked();
    c.dailyAt = m_time->time();
    c.folder = m_folder->text().trimmed();
    c.keep = m_keep->value();
    const auto saved = m_schedule.save(m_actor, c);
    if (!saved) {
        m_error->setText(saved.message());
        m_dialogs.warning(this, tr("Backup schedule"), saved.message());
        return false;
    }
    m_error->clear();
    m_dialogs.information(this, tr("Backup schedule"),
                          c.enabled ? tr("Saved. The next automatic backup runs at %1.").arg(c.dailyAt.toString(QStringLiteral("HH:mm")))
                                    : tr("Saved. Automatic backups are off."));
    refresh();
    return true;
}

void BackupScheduleSettingsPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the automatic backups"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

} // namespace patron::ui
