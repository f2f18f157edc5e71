package dev.cookielab.cookie;

import java.util.List;

/**
 * The date suite of abarth/http-state (tests/data/dates/examples.json and bsd-examples.json): an Expires value, and
 * the date RFC 6265's algorithm reads in it ({@code null} where it reads none). Facts carried over, in our own form.
 */
final class HttpStateDates {

    record Date(String file, String text, String expected) {
    }

    private HttpStateDates() {
    }

    private static Date d(String file, String text, String expected) {
        return new Date(file, text, expected);
    }

    static final List<Date> ALL = List.of(
            d("examples.json", "Mon, 10-Dec-2007 17:02:24 GMT", "Mon, 10 Dec 2007 17:02:24 GMT"),
            d("examples.json", "Wed, 09 Dec 2009 16:27:23 GMT", "Wed, 09 Dec 2009 16:27:23 GMT"),
            d("examples.json", "Thursday, 01-Jan-1970 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT"),
            d("examples.json", "Mon Dec 10 16:32:30 2007 GMT", "Mon, 10 Dec 2007 16:32:30 GMT"),
            d("examples.json", "Wednesday, 01-Jan-10 00:00:00 GMT", "Fri, 01 Jan 2010 00:00:00 GMT"),
            d("examples.json", "Mon, 10-Dec-07 20:35:03 GMT", "Mon, 10 Dec 2007 20:35:03 GMT"),
            d("examples.json", "Wed, 1 Jan 2020 00:00:00 GMT", "Wed, 01 Jan 2020 00:00:00 GMT"),
            d("examples.json", "Saturday, 8-Dec-2012 21:24:09 GMT", "Sat, 08 Dec 2012 21:24:09 GMT"),
            d("examples.json", "Thu, 31 Dec 23:55:55 2037 GMT", "Thu, 31 Dec 2037 23:55:55 GMT"),
            d("examples.json", "Sun,  9 Dec 2012 13:42:05 GMT", "Sun, 09 Dec 2012 13:42:05 GMT"),
            d("examples.json", "Wed Dec 12 2007 08:44:07 GMT-0500 (EST)", "Wed, 12 Dec 2007 08:44:07 GMT"),
            d("examples.json", "Mon, 01-Jan-2011 00: 00:00 GMT", null),
            d("examples.json", "Sun, 1-Jan-1995 00:00:00 GMT", "Sun, 01 Jan 1995 00:00:00 GMT"),
            d("examples.json", "Wednesday, 01-Jan-10 0:0:00 GMT", "Fri, 01 Jan 2010 00:00:00 GMT"),
            d("examples.json", "Thu, 10 Dec 2009 13:57:2 GMT", "Thu, 10 Dec 2009 13:57:02 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 GMT", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Thu, 19-Apr-2007 16:00:00 GMT", "Thu, 19 Apr 2007 16:00:00 GMT"),
            d("bsd-examples.json", "Wed, 25 Apr 2007 21:02:13 GMT", "Wed, 25 Apr 2007 21:02:13 GMT"),
            d("bsd-examples.json", "Thu, 19/Apr\\2007 16:00:00 GMT", "Thu, 19 Apr 2007 16:00:00 GMT"),
            d("bsd-examples.json", "Fri, 1 Jan 2010 01:01:50 GMT", "Fri, 01 Jan 2010 01:01:50 GMT"),
            d("bsd-examples.json", "Wednesday, 1-Jan-2003 00:00:00 GMT", "Wed, 01 Jan 2003 00:00:00 GMT"),
            d("bsd-examples.json", ", 1-Jan-2003 00:00:00 GMT", "Wed, 01 Jan 2003 00:00:00 GMT"),
            d("bsd-examples.json", " 1-Jan-2003 00:00:00 GMT", "Wed, 01 Jan 2003 00:00:00 GMT"),
            d("bsd-examples.json", "1-Jan-2003 00:00:00 GMT", "Wed, 01 Jan 2003 00:00:00 GMT"),
            d("bsd-examples.json", "Wed,18-Apr-07 22:50:12 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "WillyWonka  , 18-Apr-07 22:50:12 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "WillyWonka  , 18-Apr-07 22:50:12", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "WillyWonka  ,  18-apr-07   22:50:12", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Mon, 18-Apr-1977 22:50:13 GMT", "Mon, 18 Apr 1977 22:50:13 GMT"),
            d("bsd-examples.json", "Mon, 18-Apr-77 22:50:13 GMT", "Mon, 18 Apr 1977 22:50:13 GMT"),
            d("bsd-examples.json", "\"Sat, 15-Apr-17\\\"21:01:22\\\"GMT\"", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Partyday, 18- April-07 22:50:12", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Partyday, 18 - Apri-07 22:50:12", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Wednes, 1-Januar-2003 00:00:00 GMT", "Wed, 01 Jan 2003 00:00:00 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 GMT-2", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 GMT BLAH", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 GMT-0400", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 GMT-0400 (EDT)", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 DST", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 -0400", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 (hello there)", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 11:22:33", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 ::00 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 boink:z 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 91:22:33 21:01:22", null),
            d("bsd-examples.json", "Thu Apr 18 22:50:12 2007 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "22:50:12 Thu Apr 18 2007 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Thu 22:50:12 Apr 18 2007 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Thu Apr 22:50:12 18 2007 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Thu Apr 18 22:50:12 2007 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Thu Apr 18 2007 22:50:12 GMT", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Thu Apr 18 2007 GMT 22:50:12", "Wed, 18 Apr 2007 22:50:12 GMT"),
            d("bsd-examples.json", "Sat, 15-Apr-17 21:01:22 GMT", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "15-Sat, Apr-17 21:01:22 GMT", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "15-Sat, Apr 21:01:22 GMT 17", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "15-Sat, Apr 21:01:22 GMT 2017", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "15 Apr 21:01:22 2017", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "15 17 Apr 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Apr 15 17 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "Apr 15 21:01:22 17", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "2017 April 15 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "15 April 2017 21:01:22", "Sat, 15 Apr 2017 21:01:22 GMT"),
            d("bsd-examples.json", "98 April 17 21:01:22", null),
            d("bsd-examples.json", "Thu, 012-Aug-2008 20:49:07 GMT", null),
            d("bsd-examples.json", "Thu, 12-Aug-31841 20:49:07 GMT", null),
            d("bsd-examples.json", "Thu, 12-Aug-9999999999 20:49:07 GMT", null),
            d("bsd-examples.json", "Thu, 999999999999-Aug-2007 20:49:07 GMT", null),
            d("bsd-examples.json", "Thu, 12-Aug-2007 20:61:99999999999 GMT", null),
            d("bsd-examples.json", "IAintNoDateFool", null));
}
