// PacketIdMap: what a flow in flight keeps, by its packet identifier. On the path of every QoS 1
// and 2 message, so it is built for their identifiers: non-zero [MQTT-2.2.1-3], and handed out one
// after the other (PacketIdPool), so the identifier itself, masked, spreads them without a hash.
#pragma once

#include <QtCore/qglobal.h>

#include <utility>
#include <vector>

namespace OhMqtt {

// Open addressing with linear probing, Robin Hood style: an entry never sits farther from its home
// slot than the one it passed, so a lookup stops at the first entry nearer home than itself, and a
// removal shifts the run back only up to the first entry at home. A stream's identifiers, one
// after the other, all sit at home: each lookup and removal looks at one or two slots.
// Identifier 0 marks a free slot. Grows to keep at most three quarters of the slots used. T must
// be default-constructible: a free slot holds a T().
template<typename T> class PacketIdMap
{
public:
    bool isEmpty() const noexcept { return m_size == 0; }
    qsizetype size() const noexcept { return m_size; }
    bool contains(quint16 id) const noexcept { return find(id) != nullptr; }

    // The value of `id`, or null; valid until the map changes.
    T *find(quint16 id) noexcept
    {
        const std::size_t i = slotOf(id);
        return i == NoSlot ? nullptr : &m_slots[i].value;
    }
    const T *find(quint16 id) const noexcept
    {
        const std::size_t i = slotOf(id);
        return i == NoSlot ? nullptr : &m_slots[i].value;
    }
    // A copy of the value of `id`, or T() when there is none.
    T value(quint16 id) const
    {
        const T *found = find(id);
        return found ? *found : T();
    }

    // Sets the value of `id` (not 0), replacing any.
    void insert(quint16 id, T value)
    {
        Q_ASSERT(id != 0);
        if (T *found = find(id)) {
            *found = std::move(value);
            return;
        }
        if ((m_size + 1) * 4 > qsizetype(m_slots.size()) * 3)
            grow();
        Slot entry {id, std::move(value)};
        for (std::size_t i = home(id), distance = 0;; i = next(i), ++distance) {
            if (m_slots[i].id == 0) {
                m_slots[i] = std::move(entry);
                break;
            }
            if (const std::size_t theirs = distanceAt(i); theirs < distance) {
                std::swap(m_slots[i], entry); // the nearer one moves on
                distance = theirs;
            }
        }
        ++m_size;
    }

    // Removes `id` and returns its value, or T() when there was none.
    T take(quint16 id)
    {
        const std::size_t i = slotOf(id);
        if (i == NoSlot)
            return T();
        T value = std::move(m_slots[i].value);
        erase(i);
        return value;
    }
    bool remove(quint16 id)
    {
        const std::size_t i = slotOf(id);
        if (i == NoSlot)
            return false;
        erase(i);
        return true;
    }
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }

    // Calls `visit(id, value)` for every entry, in no particular order; `visit` must not change
    // the map.
    template<typename Visit> void forEach(Visit &&visit)
    {
        for (Slot &slot : m_slots) {
            if (slot.id != 0)
                visit(slot.id, slot.value);
        }
    }
    // Removes the entries for which `remove(id, value)` is true; returns how many.
    template<typename Predicate> qsizetype removeIf(Predicate &&remove)
    {
        std::vector<quint16> doomed;
        forEach([&](quint16 id, T &value) {
            if (remove(id, value))
                doomed.push_back(id);
        });
        for (const quint16 id : doomed)
            this->remove(id);
        return qsizetype(doomed.size());
    }

private:
    struct Slot
    {
        quint16 id = 0;
        T value {};
    };

    std::size_t home(quint16 id) const noexcept { return id & (m_slots.size() - 1); }
    std::size_t next(std::size_t i) const noexcept { return (i + 1) & (m_slots.size() - 1); }
    static constexpr std::size_t NoSlot = std::size_t(-1);
    std::size_t slotOf(quint16 id) const noexcept
    {
        if (id == 0 || m_slots.empty())
            return NoSlot;
        for (std::size_t i = home(id), distance = 0;; i = next(i), ++distance) {
            if (m_slots[i].id == id)
                return i;
            if (m_slots[i].id == 0 || distanceAt(i) < distance)
                return NoSlot; // it would sit here or before
        }
    }
    // How far the entry in slot `i` sits from its home slot.
    std::size_t distanceAt(std::size_t i) const noexcept
    {
        return (i - home(m_slots[i].id)) & (m_slots.size() - 1);
    }

    // Frees slot `hole` and moves the rest of the run back by one, up to a free slot or an entry
    // at home.
    void erase(std::size_t hole)
    {
        for (std::size_t i = next(hole); m_slots[i].id != 0 && distanceAt(i) != 0; i = next(i)) {
            m_slots[hole] = std::move(m_slots[i]);
            hole = i;
        }
        m_slots[hole] = Slot();
        --m_size;
    }

    void grow()
    {
        std::vector<Slot> old =
            std::exchange(m_slots, std::vector<Slot>(qMax<std::size_t>(16, m_slots.size() * 2)));
        m_size = 0;
        for (Slot &slot : old) {
            if (slot.id != 0)
                insert(slot.id, std::move(slot.value));
        }
    }

    std::vector<Slot> m_slots; // a power of two of them, or none
    qsizetype m_size = 0;
};

} // namespace OhMqtt
