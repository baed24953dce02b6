// Tile values out of payloads: plain text or numbers, or a field of a JSON payload.
.pragma library

// The value at a dotted path ("temperature", "values.0") of JSON text; the text itself when the
// path is empty; undefined when the text is not JSON or the path leads nowhere.
function extract(text, path) {
    if (!path)
        return text
    let value
    try {
        value = JSON.parse(text)
    } catch (error) {
        return undefined
    }
    for (const key of path.split(".")) {
        if (value === null || typeof value !== "object" || !(key in value))
            return undefined
        value = value[key]
    }
    return value
}

// A number from a JSON number or numeric text; NaN for anything else.
function toNumber(value) {
    if (typeof value === "number")
        return value
    if (typeof value === "string" && value.trim() !== "")
        return Number(value)
    return NaN
}

// "21.5 °C": numbers with `decimals` places (-1: as they came), anything else as text.
function format(value, decimals, unit) {
    if (value === undefined)
        return "—"
    const number = toNumber(value)
    let text
    if (!isNaN(number) && decimals >= 0)
        text = number.toFixed(decimals)
    else if (typeof value === "object")
        text = JSON.stringify(value)
    else
        text = String(value)
    return unit ? text + " " + unit : text
}
