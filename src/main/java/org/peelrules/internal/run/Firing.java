package org.peelrules.internal.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One firing of a rule: its name and the facts it matched. A collection a rule gathered with {@code collect} or
 * {@code accumulate} is kept as a collection; facts under {@code not} and {@code exists} are not matched.
 *
 * @param rule    the rule's name
 * @param matched the facts it matched
 */
public record Firing(String rule, List<Object> matched) {

    /**
     * The matched facts of a type, looking inside gathered collections.
     *
     * @param type the type of fact
     * @param <T>  the type of fact
     * @return the matched facts of that type
     */
    public <T> List<T> matched(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object o : matched) {
            if (o instanceof Collection<?> c) {
                c.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
            } else if (type.isInstance(o)) {
                found.add(type.cast(o));
            }
        }
        return found;
    }
}
