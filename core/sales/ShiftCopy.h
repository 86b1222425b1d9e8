#pragma once
// Writes back the shifts head office hands a restored till (its own shift.opened and shift.closed
// payloads, docs/sync-events.md): a shift its backup lacks is recreated, a close it missed is
// applied with the figures the till fixed when it closed (closed_at, counted, expected). And the
// shift a re-pulled sale or return was booked to. And what the drawer and the day did after the
// backup: the cash moved in and out of a shift (shift.cash_moved), and the day-end (Z) reports
// (day.closed), so an open shift's expected cash and the till's business day are what they were.
// Idempotent by the shift's and the movement's UUID and by the Z's business day. Inside the
// caller's transaction; throws StoreException.

#include "sales/ShiftService.h"

#include <QJsonObject>
#include <optional>

namespace patron {

class Database;

class ShiftCopy {
public:
    explicit ShiftCopy(Database& db) : m_db(db) {}

    // A shift.opened payload. True when the shift was written now (the till did not hold it).
    bool writeOpened(const QJsonObject& opened);
    // A shift.closed payload. True when something was written: the close of a shift the till
    // holds open, or the whole shift when it holds none by that UUID.
    bool writeClosed(const QJsonObject& closed);

    // A shift.cash_moved payload. True when written now: not when the till holds that movement
    // already, nor when it lacks the shift it was made in (the drawer is not this till's to
    // count).
    bool writeCashMoved(const QJsonObject& moved);
    // A day.closed payload (the Z report as ShiftService::zReport made it). True when written now:
    // not when the till holds a Z for that business day already.
    bool writeDayClosed(const QJsonObject& closed);

    // The shift a sale.completed or sale.returned payload was booked to: its "shift_uuid"; nullopt
    // when that is null (made with no shift open) or a shift the till does not hold (the sale is
    // then in no drawer). A payload from before shift_uuid travelled goes to the open shift, as it
    // always did.
    std::optional<Shift> bookedShift(const QJsonObject& sale) const;

private:
    Database& m_db;
};

} // namespace patron
