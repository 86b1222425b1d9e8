#include "till/TillKeyMap.h"

#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace patron::ui {

struct TillKeyMapTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::TillKeyMap)
};

namespace {
const QString kSettingsKey = QStringLiteral("till/keys");

struct ActionInfo {
    TillAction action;
    const char* id;
    QKeySequence defaultKey;
};

const QList<ActionInfo>& table()
{
    static const QList<ActionInfo> t{
        {TillAction::Help, "help", QKeySequence(Qt::Key_F1)},
        {TillAction::Member, "member", QKeySequence(Qt::Key_F2)},
        {TillAction::MemberDetails, "memberDetails", QKeySequence(Qt::CTRL | Qt::Key_F2)},
        {TillAction::Quantity, "quantity", QKeySequence(Qt::Key_F3)},
        {TillAction::Discount, "discount", QKeySequence(Qt::Key_F4)},
        {TillAction::Price, "price", QKeySequence(Qt::Key_F5)},
        {TillAction::Remove, "remove", QKeySequence(Qt::Key_Delete)},
        {TillAction::Hold, "hold", QKeySequence(Qt::Key_F6)},
        {TillAction::Resume, "resume", QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        {TillAction::Shift, "shift", QKeySequence(Qt::Key_F7)},
        {TillAction::TopUp, "topUp", QKeySequence(Qt::Key_F8)},
        {TillAction::Pay, "pay", QKeySequence(Qt::Key_F9)},
        {TillAction::PayPoints, "payPoints", QKeySequence(Qt::Key_F10)},
        {TillAction::Gift, "gift", QKeySequence(Qt::SHIFT | Qt::Key_F10)},
        {TillAction::Return, "return", QKeySequence(Qt::Key_F11)},
        {TillAction::ReturnAlt, "returnAlt", QKeySequence(Qt::CTRL | Qt::Key_R)},
        {TillAction::Reprint, "reprint", QKeySequence(Qt::CTRL | Qt::Key_P)},
        {TillAction::BackOffice, "backOffice", QKeySequence(Qt::CTRL | Qt::Key_B)},
        {TillAction::Back, "back", QKeySequence(Qt::Key_Escape)},
        {TillAction::Lock, "lock", QKeySequence(Qt::Key_F12)},
    };
    return t;
}

const ActionInfo& info(TillAction action)
{
    for (const ActionInfo& i : table())
        if (i.action == action)
            return i;
    Q_UNREACHABLE();
}
} // namespace

TillKeyMap TillKeyMap::defaults()
{
    TillKeyMap map;
    for (const ActionInfo& i : table())
        map.m_keys.insert(i.action, i.defaultKey);
    return map;
}

const QList<TillAction>& TillKeyMap::actions()
{
    static const QList<TillAction> list = [] {
        QList<TillAction> l;
        for (const ActionInfo& i : table())
            l << i.action;
        return l;
    }();
    return list;
}

QString TillKeyMap::id(TillAction action) { return QString::fromLatin1(info(action).id); }

QString TillKeyMap::caption(TillAction action)
{
    switch (action) {
    case TillAction::Help: return TillKeyMapTr::tr("Help");
    case TillAction::Member: return TillKeyMapTr::tr("Member");
    case TillAction::MemberDetails: return TillKeyMapTr::tr("Member details");
    case TillAction::Quantity: return TillKeyMapTr::tr("Quantity");
    case TillAction::Discount: return TillKeyMapTr::tr("Discount");
    case TillAction::Price: return TillKeyMapTr::tr("Price");
    case TillAction::Remove: return TillKeyMapTr::tr("Remove");
    case TillAction::Hold: return TillKeyMapTr::tr("Hold");
    case TillAction::Resume: return TillKeyMapTr::tr("Resume");
    case TillAction::Shift: return TillKeyMapTr::tr("Shift");
    case TillAction::TopUp: return TillKeyMapTr::tr("Top up");
    case TillAction::Pay: return TillKeyMapTr::tr("Pay");
    case TillAction::PayPoints: return TillKeyMapTr::tr("Points");
    case TillAction::Gift: return TillKeyMapTr::tr("Gift");
    case TillAction::Return: return TillKeyMapTr::tr("Return");
    case TillAction::ReturnAlt: return TillKeyMapTr::tr("Return (second key)");
    case TillAction::Reprint: return TillKeyMapTr::tr("Reprint");
    case TillAction::BackOffice: return TillKeyMapTr::tr("Back office");
    case TillAction::Back: return TillKeyMapTr::tr("Back");
    case TillAction::Lock: return TillKeyMapTr::tr("Lock");
    }
    Q_UNREACHABLE();
}

QString TillKeyMap::description(TillAction action)
{
    switch (action) {
    case TillAction::Help: return TillKeyMapTr::tr("Show or hide this help");
    case TillAction::Member: return TillKeyMapTr::tr("Find, register or attach a member");
    case TillAction::MemberDetails: return TillKeyMapTr::tr("The member's details: edit, history");
    case TillAction::Quantity: return TillKeyMapTr::tr("Change the quantity of the selected line");
    case TillAction::Discount: return TillKeyMapTr::tr("Discount the selected line");
    case TillAction::Price: return TillKeyMapTr::tr("Change the price of the selected line");
    case TillAction::Remove: return TillKeyMapTr::tr("Remove the selected line");
    case TillAction::Hold: return TillKeyMapTr::tr("Hold the cart");
    case TillAction::Resume: return TillKeyMapTr::tr("Resume a held cart");
    case TillAction::Shift: return TillKeyMapTr::tr("Shift: open, cash in/out, close, X/Z report");
    case TillAction::TopUp: return TillKeyMapTr::tr("Top up the member's stored value");
    case TillAction::Pay: return TillKeyMapTr::tr("Pay");
    case TillAction::PayPoints: return TillKeyMapTr::tr("Pay with points");
    case TillAction::Gift: return TillKeyMapTr::tr("Redeem the member's points for a gift");
    case TillAction::Return: return TillKeyMapTr::tr("Return goods (or scan the receipt's barcode)");
    case TillAction::ReturnAlt: return TillKeyMapTr::tr("Return goods: a second key");
    case TillAction::Reprint: return TillKeyMapTr::tr("Reprint a receipt or slip (marked as a copy)");
    case TillAction::BackOffice: return TillKeyMapTr::tr("Open the back office (managers)");
    case TillAction::Back: return TillKeyMapTr::tr("Back: clear the search");
    case TillAction::Lock: return TillKeyMapTr::tr("Lock the till");
    }
    Q_UNREACHABLE();
}

QString TillKeyMap::keyText(TillAction action) const { return key(action).toString(QKeySequence::NativeText); }

QString TillKeyMap::withKey(const QString& caption, TillAction action) const
{
    const QString k = keyText(action);
    return k.isEmpty() ? caption : TillKeyMapTr::tr("%1 (%2)").arg(caption, k);
}

bool TillKeyMap::scannerNeeds(const QKeySequence& key)
{
    if (key.isEmpty())
        return false;
    const QKeyCombination combo = key[0];
    const Qt::Key k = combo.key();
    // The scan ends in Enter or Tab, whatever the scanner's modifiers; a shortcut there would
    // swallow the end of every scan.
    if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Tab || k == Qt::Key_Backtab)
        return true;
    // A typed character (digit, letter, space, punctuation; Shift only changes which one) is
    // scanner and search input. With Ctrl, Alt or Meta it types nothing and is free.
    const Qt::KeyboardModifiers typing = combo.keyboardModifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    return typing == Qt::NoModifier && k >= Qt::Key_Space && k <= Qt::Key_ydiaeresis;
}

Result<void> TillKeyMap::validate() const
{
    QHash<QKeySequence, TillAction> owner;
    for (TillAction action : actions()) {
        const QKeySequence k = key(action);
        if (k.isEmpty())
            continue;
        const QString text = k.toString(QKeySequence::NativeText);
        if (k.count() > 1)
            return makeError(ErrorCode::InvalidInput,
                             TillKeyMapTr::tr("%1 for \"%2\" is several keys in a row; give one key (with Ctrl, "
                                              "Alt or Shift if you like).")
                                 .arg(text, caption(action)));
        if (scannerNeeds(k))
            return makeError(ErrorCode::InvalidInput,
                             TillKeyMapTr::tr("%1 cannot be the key for \"%2\": the scanner and the search field "
                                              "need digits, letters, Enter and Tab. Use a function key or Ctrl+key.")
                                 .arg(text, caption(action)));
        if (auto it = owner.constFind(k); it != owner.cend())
            return makeError(ErrorCode::InvalidInput,
                             TillKeyMapTr::tr("%1 is the key for both \"%2\" and \"%3\"; one key can do one thing.")
                                 .arg(text, caption(*it), caption(action)));
        owner.insert(k, action);
    }
    return {};
}

QString TillKeyMap::toJson() const
{
    QJsonObject o;
    for (TillAction action : actions())
        o.insert(id(action), key(action).toString(QKeySequence::PortableText));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<TillKeyMap> TillKeyMap::fromJson(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput, TillKeyMapTr::tr("The till keys setting is not valid JSON."));
    const QJsonObject o = doc.object();
    TillKeyMap map = defaults();
    for (TillAction action : actions()) {
        const QJsonValue v = o.value(id(action));
        if (v.isUndefined())
            continue;  // an action added after the map was saved keeps its default key
        const QString text = v.toString();
        const QKeySequence k = QKeySequence::fromString(text, QKeySequence::PortableText);
        // fromString turns what it cannot read into an unknown key rather than failing.
        if (!v.isString() || (!text.isEmpty() && (k.isEmpty() || k[0].key() == Qt::Key_unknown)))
            return makeError(ErrorCode::InvalidInput,
                             TillKeyMapTr::tr("\"%1\" in the till keys is not a key.").arg(text));
        map.setKey(action, k);
    }
    if (auto valid = map.validate(); !valid)
        return valid.error();
    return map;
}

TillKeyMap TillKeyMap::load(const StoreSettings& settings, QStringList* problems)
{
    std::optional<QString> stored;
    if (auto read = guarded([&] { stored = settings.value(kSettingsKey); }); !read) {
        if (problems)
            *problems << read.message();
        return defaults();
    }
    if (!stored || stored->trimmed().isEmpty())
        return defaults();
    auto map = fromJson(*stored);
    if (!map) {
        if (problems)
            *problems << TillKeyMapTr::tr("%1 The default keys are used.").arg(map.message());
        return defaults();
    }
    return *map;
}

void TillKeyMap::save(StoreSettings& settings) const { settings.set(kSettingsKey, toJson()); }

} // namespace patron::ui
