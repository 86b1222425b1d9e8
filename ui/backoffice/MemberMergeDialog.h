#pragma once
// MemberMergeDialog: merging two member records of one person. The manager picks the pair from
// the likely duplicates (same name, one without a mobile) or by hand (mobile, card or id:N),
// sees both side by side with their balances, ticks the profile fields to take from the merged
// member, and merges: one MemberMerge transaction.

#include "auth/UserService.h"
#include "members/Member.h"
#include "members/MemberMerge.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace patron {
class MembersModule;
}

namespace patron::ui {

class Dialogs;

class MemberMergeDialog : public QDialog {
    Q_OBJECT
public:
    MemberMergeDialog(Database& db, const Clock& clock, MembersModule& members, AuditLog& audit, Outbox& outbox,
                      Session actor, Dialogs& dialogs, QWidget* parent = nullptr);

    // Shows the pair side by side; false (with the reason shown) when either is not there.
    bool compare(qint64 survivorId, qint64 mergedId);
    // The by-hand pick: a mobile, a card number or id:N for each side.
    bool compareRefs(const QString& survivorRef, const QString& mergedRef);
    void swap();
    // Ticks or unticks taking `field` (mergeableProfileFields()) from the merged member.
    void takeFromMerged(const QString& field, bool take);
    // Asks for confirmation, then merges.
    bool mergeNow();
    QTableWidget* table() const { return m_table; }
    QListWidget* candidates() const { return m_candidates; }

signals:
    void merged(qint64 survivorId);

private:
    void loadCandidates();
    void fill();
    QStringList takenFields() const;

    MembersModule& m_members;
    MemberMerge m_merge;
    Session m_actor;
    Dialogs& m_dialogs;
    QString m_currency;
    QList<DuplicateCandidate> m_pairs;
    std::optional<Member> m_survivor;
    std::optional<Member> m_merged;
    QListWidget* m_candidates;
    QLineEdit* m_survivorRef;
    QLineEdit* m_mergedRef;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_mergeButton;
};

} // namespace patron::ui
