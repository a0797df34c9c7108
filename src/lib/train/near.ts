// Calls `then` once when the element comes within `margin` of the viewport: embedded demos start their work
// only when the reader scrolls near them, so a chapter with three of them stays light.
export function near(then: () => void, margin = '300px') {
	return (element: Element) => {
		if (typeof IntersectionObserver === 'undefined') {
			then();
			return;
		}
		const observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((e) => e.isIntersecting)) {
					observer.disconnect();
					then();
				}
			},
			{ rootMargin: margin }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
