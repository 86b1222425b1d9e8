#pragma once
// TillKeyMap: which key runs which till action (F9 pay, F2 member, ...). One map per store, kept
// in the store's settings (till/keys, travelling with its backups) so every cashier presses the
// same keys; the checkout's shortcuts, its on-screen key captions and the F1 help all read it, so what
// the screen says is the key that works. The back office's "Till keys" page edits it.

#include "common/Result.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace patron {
class StoreSettings;
}

namespace patron::ui {

enum class TillAction {
    Help,
    Member,
    MemberDetails,
    Quantity,
    Discount,
    Price,
    Remove,
    Hold,
    Resume,
    Shift,
    TopUp,
    Pay,
    PayPoints,
    Gift,
    Return,
    ReturnAlt,  // a second key for returns (Ctrl+R), for keyboards without F11
    Reprint,
    BackOffice,
    Back,
    Lock,
};

class TillKeyMap {
public:
    // Today's keys: F1 help, F2 member, ..., F9 pay, F12 lock.
    static TillKeyMap defaults();
    // The store's map; missing actions keep their default. A stored value that does not parse
    // or breaks the rules gives the defaults and a translated problem, so the till still works.
    static TillKeyMap load(const StoreSettings& settings, QStringList* problems = nullptr);

    static const QList<TillAction>& actions();
    static QString id(TillAction action);          // stable, stored: "pay"
    static QString caption(TillAction action);     // short, on the key's button: "Pay"
    static QString description(TillAction action); // the help overlay's sentence

    QKeySequence key(TillAction action) const { return m_keys.value(action); }
    // The key as the cashier reads it ("Shift+F6"); empty when the action has no key.
    QString keyText(TillAction action) const;
    // A caption with the action's key in brackets, "Pay (F9)"; just the caption without a key.
    QString withKey(const QString& caption, TillAction action) const;
    void setKey(TillAction action, const QKeySequence& key) { m_keys.insert(action, key); }

    // Refuses a key given to two actions, a sequence of several keys, and a key the scanner
    // path needs; the message names the key and the actions. An action may have no key.
    Result<void> validate() const;
    // Digits, letters and other typed characters (scanners type them, cashiers search with
    // them), and Enter/Tab (a scan's end).
    static bool scannerNeeds(const QKeySequence& key);

    QString toJson() const;
    static Result<TillKeyMap> fromJson(const QString& json);
    // Writes the map inside the caller's transaction (StoreSettings::set).
    void save(StoreSettings& settings) const;

    bool operator==(const TillKeyMap& other) const { return m_keys == other.m_keys; }

private:
    QHash<TillAction, QKeySequence> m_keys;
};

} // namespace patron::ui
