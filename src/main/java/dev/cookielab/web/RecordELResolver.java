package dev.cookielab.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads record components as EL properties, {@code ${report.value}}, as EL 6.0 does and Tomcat 10.1's EL 5.0
 * does not. Without it the views would call {@code ${report.value()}}, which EL resolves by reflection on every
 * evaluation; here each record type's accessors are looked up once.
 */
final class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    private static Method accessor(Object base, Object property) {
        return base instanceof Record && property instanceof String name ? ACCESSORS.get(base.getClass()).get(name) : null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("Records are read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }
}
