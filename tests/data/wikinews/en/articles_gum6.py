# Hand-annotated English Wikinews articles (GUM corpus copy), part 6. See articles_gum1.py.
GUM = "GUM corpus copy (amir-zeldes/gum _build/src/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-nasa-shuttle-homes",
    source="https://en.wikinews.org/wiki/NASA_celebrates_30th_anniversary_of_first_shuttle_launch;_announces_new_homes_for_retired_shuttles",
    license=LIC, retrieved=GUM.format("GUM_news_nasa") + "; URL derived from the title (the GUM copy has no sourceURL); pull quotes in captions dropped",
    text="""NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles
Wednesday, April 13, 2011
NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy Space Center (KSC) in Cape Canaveral, Florida. On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy Space Center on STS-1, the first space shuttle mission.
NASA held a ceremony commemorating the date outside the hangar, known as Orbiter Processing Facility-1, for Space Shuttle Atlantis, which is being prepped for its final mission which will be STS-135, which will be the last Space Shuttle mission.
At the ceremony, NASA Administrator Charles Bolden announced the locations that would be given the three remaining Space Shuttle orbiters following the end of the Space Shuttle program. The prototype orbiter, Space Shuttle Enterprise would be relocated from the Smithsonian's National Air and Space Museum Steven F. Udvar-Hazy Center at Washington Dulles International Airport to the Intrepid Sea-Air-Space Museum in New York City.
Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center. Discovery has already been retired following the completion of STS-133 last month, its 39th mission. Discovery is undergoing decommissioning and currently being prepped for display by removing toxic materials from the orbiter.
Space Shuttle Endeavour, which will launch on STS-134 at the end of the month on April 29, will be sent to the California Science Center in Los Angeles, California following its retirement. Finally, Atlantis will go on display at the Kennedy Space Center Visitor Complex following the orbiter's last flight which launches June 28.
Columbia was lost tragically back on February 1, 2003 when it disintegrated during re-entry killing all seven astronauts aboard. Space Shuttle Challenger was lost when it exploded 73 seconds after liftoff back on January 28, 1986 killing all six aboard.
"We want to thank all of the locations that expressed an interest in one of these national treasures," said Bolden to the gathered crowd which contained many KSC employees. "This was a very difficult decision, but one that was made with the American public in mind. In the end, these choices provide the greatest number of people with the best opportunity to share in the history and accomplishments of NASA's remarkable Space Shuttle Program. These facilities we've chosen have a noteworthy legacy of preserving space artifacts and providing outstanding access to U.S. and international visitors."
Not all were pleased with the final choice of locations. U.S. Senator John Cornyn, Republican from Texas, issued a statement regarding the rejection of Johnson Space Center (JSC) in Houston, Texas as a location. "Like many Texans, I am disappointed with NASA's decision to slight the Johnson Space Center as a permanent home for one of the Space Shuttle Orbiters. Houston has played a critical role throughout the life of the space shuttle, but it is clear political favors trumped common sense and fairness in the selection of the final locations for the orbiter fleet."
Cornyn's statement added, "There is no question Houston should have been selected as a final home for one of the orbiters — even Administrator Bolden stated as much. Today's announcement is an affront to the thousands of dedicated men and women at Johnson Space Center, the greater Houston community and the State of Texas, and I m deeply disappointed with the Administration's misguided decision.“ However, the JSC will recieve pilot and commander seats from the flight deck.
The Museum of Flight in Seattle, Washington was also proposed as another location for a shuttle, going so far as to build a new building to house an orbiter. In a statement, Governor of Washington Chris Gregoire said, "The Museum of Flight put a tremendous amount of effort into landing a retired shuttle in the Pacific Northwest. As the home of modern day air travel and the 747, which has gracefully transported shuttles for the last 30 years, Seattle would have been a perfect fit. While the Museum of Flight was in the top running, I m disappointed that NASA did not choose them.
"However, the full fuselage trainer, that every astronaut including [former Museum of Flight CEO] Bonnie Dunbar has been trained on, will soon call the Museum of Flight home. The largest of the trainers, this addition will allow visitors to actually climb aboard the trainer and experience the hands-on training that astronauts get. Visitors will not be allowed in the other shuttles and this trainer is a true win for our dynamic museum. It will help inspire young people to the adventure of space and to the excitement of a career in science, technology, engineering and math."
Other items include various shuttle simulators which will be given to the Adler Planetarium in Chicago, Illinois, the Evergreen Aviation & Space Museum of McMinnville, Oregon, and Texas A&M's Aerospace Engineering Department. The nose cap assembly and crew compartment trainer for the National Museum of the U.S. Air Force at Wright-Patterson Air Force Base in Ohio and orbital maneuvering system engines for the U.S. Space and Rocket Center in Huntsville, Alabama, the National Air and Space Museum, and the Evergreen Aviation & Space Museum.
NASA is also offering shuttle heat shield tiles to schools and universities that want to share technology and a piece of space history with their students.
The 30th anniversary of the first shuttle mission coincided with the 50th anniversary of the first manned space flight when Yuri Gagarin lifted off aboard Vostok 1 into space.""",
    quotes=[
        Q('"We want to thank', 'national treasures,"', "Charles Bolden"),
        Q('"This was a very difficult', 'international visitors."', "Charles Bolden"),
        Q('"Like many Texans', 'the orbiter fleet."', "John Cornyn"),
        Q('"There is no question', 'misguided decision.“', "John Cornyn"),
        Q('"The Museum of Flight put', 'did not choose them.', "Chris Gregoire"),
        Q('"However, the full fuselage', 'engineering and math."', "Chris Gregoire"),
    ],
    aliases={"Charles Bolden": ["Bolden", "NASA Administrator Charles Bolden", "Administrator Bolden"],
             "John Cornyn": ["Cornyn", "U.S. Senator John Cornyn"],
             "Chris Gregoire": ["Governor of Washington Chris Gregoire"]},
),
]
