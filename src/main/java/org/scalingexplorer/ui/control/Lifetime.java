package org.scalingexplorer.ui.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The subscriptions a view (or a piece of one) holds to models that outlive it: the view-models, the
 * scenario, the window's chart style. Every listener a view adds to such a model goes through here,
 * and {@link #end()} removes them all when the view is disposed, so a dropped view is collected and
 * stops redrawing. Listeners on the view's own nodes need none of this: they die with the nodes.
 */
public final class Lifetime {
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean ended;

    /** Calls {@code action} with the current value now and with every new value, until the end. */
    public <T> void follow(ObservableValue<T> value, Consumer<? super T> action) {
        add(value.subscribe(action));
    }

    /** Calls {@code action} with the old and new value at every change, until the end. */
    public <T> void onChange(ObservableValue<T> value, BiConsumer<? super T, ? super T> action) {
        add(value.subscribe(action));
    }

    /** Calls {@code action} at every invalidation (a list edit, a lazily computed value gone stale). */
    public void onInvalidation(Observable observable, Runnable action) {
        add(observable.subscribe(action));
    }

    /** Keeps a subscription made elsewhere, to end it with the others. */
    public void add(Subscription subscription) {
        if (ended) {
            subscription.unsubscribe();
            throw new IllegalStateException("this lifetime has ended");
        }
        subscriptions.add(subscription);
    }

    /**
     * A lifetime that ends with this one or earlier: for a part of the view rebuilt while the view
     * lives (the rows of another law's constants), whose listeners must go with the old part.
     */
    public Lifetime child() {
        Lifetime child = new Lifetime();
        add(child::end);
        return child;
    }

    /** Removes every listener; the owner stops following the models and may be collected. */
    public void end() {
        ended = true;
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    public boolean ended() {
        return ended;
    }
}
