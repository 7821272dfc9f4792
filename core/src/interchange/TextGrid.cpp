// Praat TextGrids, long and short text forms (Praat's "ooTextFile" format).
//
// Praat reads text files as a stream of values: numbers, "strings" (a quote inside is
// doubled) and <flags>; everything else - the labels "xmin =", "item [1]:", "intervals:
// size =" of the long form, and text after "!" - is skipped. The short form is the same
// stream without labels, so one reader serves both: a lexer yields the values with their
// line, and the parser asks for them in the order the format fixes.
#include "emolens/Error.h"
#include "emolens/Interchange.h"
#include "interchange/LabelText.h"

#include <cmath>
#include <sstream>

namespace emolens {

namespace {

using interchange::failAt;

struct Token {
    enum Kind { End, Number, String, Flag } kind = End;
    std::string text;
    double value = 0.0;
    int line = 0;
};

class Lexer {
public:
    Lexer(const std::string &text, const std::string &file) : m_text(text), m_file(file) { }

    Token next()
    {
        const std::size_t n = m_text.size();
        while (m_pos < n) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
                ++m_pos;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                ++m_pos;
            } else if (c == '!') { // a comment to the end of the line
                while (m_pos < n && m_text[m_pos] != '\n')
                    ++m_pos;
            } else if (c == '[') { // "item [1]:": an index, part of a label
                const std::size_t close = m_text.find(']', m_pos);
                if (close == std::string::npos)
                    failAt(m_file, m_line, "a '[' that is never closed");
                countLines(m_pos, close);
                m_pos = close + 1;
            } else if (c == '"') {
                return string();
            } else if (c == '<') {
                const std::size_t close = m_text.find('>', m_pos);
                if (close == std::string::npos || close - m_pos > 32)
                    failAt(m_file, m_line, "a '<' that does not open a flag such as <exists>");
                Token t{Token::Flag, m_text.substr(m_pos + 1, close - m_pos - 1), 0.0, m_line};
                m_pos = close + 1;
                return t;
            } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
                return number();
            } else { // a label word, "=", ":" or "?": skipped
                while (m_pos < n && !isSpace(m_text[m_pos]) && m_text[m_pos] != '"' && m_text[m_pos] != '[' &&
                       m_text[m_pos] != '<' && m_text[m_pos] != '!')
                    ++m_pos;
            }
        }
        return Token{Token::End, {}, 0.0, m_line};
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

    void countLines(std::size_t from, std::size_t to)
    {
        for (std::size_t i = from; i < to; ++i)
            m_line += m_text[i] == '\n';
    }

    Token string()
    {
        Token t{Token::String, {}, 0.0, m_line};
        std::size_t i = m_pos + 1;
        for (;;) {
            const std::size_t q = m_text.find('"', i);
            if (q == std::string::npos)
                failAt(m_file, t.line, "a string that is never closed (a missing '\"')");
            t.text.append(m_text, i, q - i);
            if (q + 1 < m_text.size() && m_text[q + 1] == '"') { // "" stands for one quote
                t.text += '"';
                i = q + 2;
                continue;
            }
            countLines(m_pos, q);
            m_pos = q + 1;
            return t;
        }
    }

    Token number()
    {
        std::size_t end = m_pos;
        while (end < m_text.size() && !isSpace(m_text[end]) && m_text[end] != '!')
            ++end;
        Token t{Token::Number, m_text.substr(m_pos, end - m_pos), 0.0, m_line};
        if (!interchange::parseNumber(t.text, t.value))
            failAt(m_file, m_line, "'" + t.text.substr(0, 40) + "' is not a number");
        m_pos = end;
        return t;
    }

    const std::string &m_text;
    const std::string &m_file;
    std::size_t m_pos = 0;
    int m_line = 1;
};

class Parser {
public:
    Parser(const std::string &text, const std::string &file) : m_lexer(text, file), m_file(file) { }

    LabelDocument parse()
    {
        const Token type = expect(Token::String, "the file type \"ooTextFile\"");
        if (type.text.rfind("ooTextFile", 0) != 0)
            failAt(m_file, type.line, "not a Praat text file (file type \"" + type.text.substr(0, 40) + "\")");
        const Token cls = expect(Token::String, "the object class \"TextGrid\"");
        if (cls.text != "TextGrid")
            failAt(m_file, cls.line, "a Praat " + cls.text.substr(0, 40) + ", not a TextGrid");
        LabelDocument doc;
        doc.start = expectNumber("the TextGrid's xmin");
        doc.end = expectNumber("the TextGrid's xmax");
        if (doc.end < doc.start)
            failAt(m_file, m_lastLine, "xmax is before xmin");
        const Token exists = expect(Token::Flag, "<exists> or <absent>");
        if (exists.text == "absent")
            return doc;
        if (exists.text != "exists")
            failAt(m_file, exists.line, "<" + exists.text + "> where <exists> or <absent> belongs");
        const std::size_t tiers = expectCount("the number of tiers");
        for (std::size_t t = 0; t < tiers; ++t)
            doc.tiers.push_back(tier());
        return doc;
    }

private:
    Token expect(Token::Kind kind, const char *what)
    {
        Token t = m_lexer.next();
        m_lastLine = t.line;
        if (t.kind == Token::End)
            failAt(m_file, t.line, std::string("the file ends where ") + what + " belongs (cut short?)");
        if (t.kind != kind)
            failAt(m_file, t.line,
                   std::string(t.kind == Token::Number   ? "a number"
                               : t.kind == Token::String ? "a string"
                                                         : "a flag") +
                       " where " + what + " belongs");
        return t;
    }
    double expectNumber(const char *what) { return expect(Token::Number, what).value; }
    std::size_t expectCount(const char *what)
    {
        const Token t = expect(Token::Number, what);
        if (t.value < 0 || t.value != std::floor(t.value) || t.value > static_cast<double>(interchange::kMaxLabelItems))
            failAt(m_file, t.line,
                   std::string(what) + " is " + t.text.substr(0, 40) + " (a whole number up to " +
                       std::to_string(interchange::kMaxLabelItems) + " expected)");
        return static_cast<std::size_t>(t.value);
    }

    void count()
    {
        if (++m_items > interchange::kMaxLabelItems)
            failAt(m_file, m_lastLine, "more than " + std::to_string(interchange::kMaxLabelItems) + " labels");
    }

    LabelTier tier()
    {
        const Token cls = expect(Token::String, "a tier's class (\"IntervalTier\" or \"TextTier\")");
        LabelTier tier;
        if (cls.text == "TextTier")
            tier.points = true;
        else if (cls.text != "IntervalTier")
            failAt(m_file, cls.line, "a tier of class \"" + cls.text.substr(0, 40) + "\" (IntervalTier or TextTier)");
        tier.name = expect(Token::String, "the tier's name").text;
        const double xmin = expectNumber("the tier's xmin"), xmax = expectNumber("the tier's xmax");
        const int tierLine = m_lastLine;
        if (xmax < xmin)
            failAt(m_file, tierLine, "tier \"" + tier.name + "\": xmax is before xmin");
        // Times that touch within rounding (a billionth, relative to the time itself) touch.
        auto slack = [](double t) { return 1e-9 * std::max(1.0, std::fabs(t)); };
        const std::size_t n = expectCount("the tier's number of intervals or points");
        double previous = -INFINITY;
        for (std::size_t i = 0; i < n; ++i) {
            count();
            LabelInterval item;
            item.start = expectNumber(tier.points ? "a point's time" : "an interval's xmin");
            item.line = m_lastLine;
            item.end = tier.points ? item.start : expectNumber("an interval's xmax");
            item.text = expect(Token::String, tier.points ? "a point's mark" : "an interval's text").text;
            if (item.end < item.start || (!tier.points && item.end == item.start))
                failAt(m_file, item.line,
                       "tier \"" + tier.name + "\": an interval that ends " +
                           (item.end == item.start ? "where it starts (Praat's intervals have a length)"
                                                   : "before it starts"));
            if (item.start < xmin - slack(xmin) || item.end > xmax + slack(xmax))
                failAt(m_file, item.line, "tier \"" + tier.name + "\": a label outside the tier's time domain");
            if (item.start < previous - slack(previous) || (!tier.points && item.end <= previous))
                failAt(m_file, item.line,
                       "tier \"" + tier.name +
                           "\": " + (tier.points ? "points out of time order" : "intervals overlap"));
            previous = tier.points ? item.start : item.end;
            tier.items.push_back(std::move(item));
        }
        return tier;
    }

    Lexer m_lexer;
    const std::string &m_file;
    int m_lastLine = 0;
    std::size_t m_items = 0;
};

/// Praat's quoting: a quote inside a string is doubled.
std::string quoted(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

/// \p tier's intervals with the gaps filled by empty ones, covering [start, end].
std::vector<LabelInterval> covering(const LabelTier &tier, double start, double end)
{
    std::vector<LabelInterval> out;
    double at = start;
    // The reader's slack: intervals that touch within a billionth of the time touch.
    for (const LabelInterval &i : tier.items) {
        if (i.end <= at && i.text.empty())
            continue; // an empty label of no length: nothing to write
        if (i.start < at - 1e-9 * std::max(1.0, std::fabs(at)) || i.end <= at)
            throwBadInput(tier.name, "intervals overlap (or have no length) at " + interchange::number(i.start) +
                                         " s (a TextGrid interval tier cannot hold them)");
        if (i.start > at)
            out.push_back({at, i.start, {}, 0});
        if (i.end > at)
            out.push_back({std::max(at, i.start), i.end, i.text, 0});
        at = std::max(at, i.end);
    }
    if (end > at || out.empty())
        out.push_back({at, std::max(at, end), {}, 0});
    return out;
}

} // namespace

LabelDocument parseTextGrid(const std::string &bytes, const std::string &file)
{
    if (bytes.rfind("ooBinaryFile", 0) == 0)
        throwBadInput(file, "a binary Praat file (save it from Praat as a text file)");
    const std::string text = interchange::toUtf8(bytes, file);
    return Parser(text, file).parse();
}

std::string writeTextGrid(const LabelDocument &document)
{
    double start = document.start, end = document.end;
    for (const LabelTier &t : document.tiers)
        for (const LabelInterval &i : t.items) {
            start = std::min(start, i.start);
            end = std::max(end, i.end);
        }
    using interchange::number;
    std::ostringstream out;
    out << "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n";
    out << "xmin = " << number(start) << " \nxmax = " << number(end) << " \n";
    out << "tiers? <exists> \nsize = " << document.tiers.size() << " \nitem []: \n";
    for (std::size_t t = 0; t < document.tiers.size(); ++t) {
        const LabelTier &tier = document.tiers[t];
        out << "    item [" << t + 1 << "]:\n";
        out << "        class = \"" << (tier.points ? "TextTier" : "IntervalTier") << "\" \n";
        out << "        name = " << quoted(tier.name) << " \n";
        out << "        xmin = " << number(start) << " \n        xmax = " << number(end) << " \n";
        if (tier.points) {
            out << "        points: size = " << tier.items.size() << " \n";
            for (std::size_t i = 0; i < tier.items.size(); ++i)
                out << "        points [" << i + 1 << "]:\n            number = " << number(tier.items[i].start)
                    << " \n            mark = " << quoted(tier.items[i].text) << " \n";
        } else {
            const std::vector<LabelInterval> items = covering(tier, start, end);
            out << "        intervals: size = " << items.size() << " \n";
            for (std::size_t i = 0; i < items.size(); ++i)
                out << "        intervals [" << i + 1 << "]:\n            xmin = " << number(items[i].start)
                    << " \n            xmax = " << number(items[i].end)
                    << " \n            text = " << quoted(items[i].text) << " \n";
        }
    }
    return out.str();
}

} // namespace emolens
